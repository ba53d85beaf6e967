// The technical terms the page uses, in the order a reader meets them; each is defined in every
// language (common:terms.<id>) and listed in "Sources and method". Which story step first uses which.

export const TERMS = ['pue', 'capex', 'opex', 'hbm', 'kvCache', 'batch', 'moe', 'prefill', 'decode', 'mbu', 'mfu', 'roofline'] as const;
export type TermId = (typeof TERMS)[number];

/** The terms each story step's words first use (by step key). */
export const STEP_TERMS: Partial<Record<string, readonly TermId[]>> = {
  bill: ['pue', 'capex', 'opex'],
  efficiency: ['hbm', 'kvCache', 'batch', 'moe'],
  price: ['prefill', 'decode'],
};

/** The efficiency panel's own words. */
export const PANEL_TERMS: readonly TermId[] = ['roofline', 'decode', 'prefill', 'mbu', 'mfu', 'kvCache', 'batch', 'hbm'];
