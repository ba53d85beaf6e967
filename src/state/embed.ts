// Embedding a chart in a slide (issues 5 and 19): which chart a frame shows, and the messages it trades
// with the page around it, after the Datawrapper/pym.js pattern. The frame reports its height as
// {type: "token-cost:height", height} and its state, whenever it changes, as {type: "token-cost:state",
// state, query}; the parent may move it with {type: "token-cost:set", state}, where state holds link
// parameters (README, "Link parameters") — `step` sets a story step and its case — and ask for the
// state with {type: "token-cost:get"}. Anything else is ignored. Pure.

import { NUMERIC_PARAMS, EFF_PARAMS, STORY_PARAMS } from './url';

export const MESSAGE_PREFIX = 'token-cost';
export const HEIGHT_TYPE = `${MESSAGE_PREFIX}:height`;
export const SET_TYPE = `${MESSAGE_PREFIX}:set`;
export const STATE_TYPE = `${MESSAGE_PREFIX}:state`;
export const GET_TYPE = `${MESSAGE_PREFIX}:get`;

/** isGet(data): the parent asks for the frame's state. */
export const isGet = (data: unknown) => typeof data === 'object' && data !== null && (data as { type?: unknown }).type === GET_TYPE;

/** stateMessage(query): what the frame tells its parent of its state — the link parameters, as an object and as a query. */
export const stateMessage = (query: string) => ({ type: STATE_TYPE, state: Object.fromEntries(new URLSearchParams(query)), query });

export { EMBEDDABLE, THEMES, parseView, type ChartId, type Theme, type View } from './view';

// Parameters a parent may set: every state parameter of a link, never the view itself.
const SETTABLE = new Set<string>(['lang', 'cur', 'fx', 'gpu', 'mode', 'model', 'wbits', 'kvbits', 'eff', 'step',
  ...NUMERIC_PARAMS.map(([p]) => p), ...EFF_PARAMS.map(([p]) => p), ...STORY_PARAMS.map(([p]) => p)]);
const MAX_VALUE_LENGTH = 64;

/**
 * setMessageQuery(data): for a well-formed set message, the link parameters it names (to be parsed,
 * clamped and merged like a link); null for anything else. Never throws, whatever data is.
 */
export function setMessageQuery(data: unknown): URLSearchParams | null {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    const msg = data as Record<string, unknown>;
    if (msg.type !== SET_TYPE) return null;
    const state = msg.state;
    if (typeof state !== 'object' || state === null || Array.isArray(state)) return null;
    const out = new URLSearchParams();
    for (const [k, v] of Object.entries(state)) {
      if (!SETTABLE.has(k)) continue;
      if (typeof v === 'number' && Number.isFinite(v)) out.set(k, String(v));
      else if (typeof v === 'string' && v.length <= MAX_VALUE_LENGTH) out.set(k, v);
    }
    return [...out.keys()].length ? out : null;
  } catch {
    return null;
  }
}

/**
 * fromHost(e, parent, host): whether a message may move the frame — it comes from the window that holds
 * the frame (not one that merely opened it, nor another frame) and, when the link pins a host, from its origin.
 */
export const fromHost = (e: { source: unknown; origin: string }, parent: unknown, host: string | undefined) =>
  e.source === parent && parent !== null && (host === undefined || e.origin === host);
