// Embedding a chart in a slide (issue 5): which chart a frame shows, and the messages it trades with
// the page around it, after the Datawrapper/pym.js pattern. The frame reports its height as
// {type: "token-cost:height", height}; the parent may move it with {type: "token-cost:set", state},
// where state holds link parameters (README, "Link parameters"). Anything else is ignored. Pure.

import { NUMERIC_PARAMS, EFF_PARAMS, STORY_PARAMS } from './url';

export const MESSAGE_PREFIX = 'token-cost';
export const HEIGHT_TYPE = `${MESSAGE_PREFIX}:height`;
export const SET_TYPE = `${MESSAGE_PREFIX}:set`;

/** Charts a frame can show alone: the explorer's and the story's. */
export const EMBEDDABLE = ['cost-stack', 'levers', 'anchor', 'story-demand', 'story-places', 'story-efficiency',
  'story-training', 'story-price', 'story-tasks'] as const;
export type ChartId = (typeof EMBEDDABLE)[number];

export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export interface View {
  /** light (default), dark, or projector: high contrast, thicker lines, larger labels. */
  theme: Theme;
  /** Presenter mode: the story's steps as full-screen scenes, stepped with the keys a clicker sends. */
  present: boolean;
  /** The chart shown alone, or undefined for the whole page. */
  embed?: ChartId;
  /** Show the three sliders under an embedded chart. */
  controls: boolean;
}

/** parseView(search): the view a link asks for; an unknown chart id gives the whole page. */
export function parseView(search: string): View {
  let q: URLSearchParams;
  try { q = new URLSearchParams(search); } catch { q = new URLSearchParams(); }
  const id = q.get('embed')?.trim().toLowerCase();
  const embed = EMBEDDABLE.find((c) => c === id);
  const theme = THEMES.find((th) => th === q.get('theme')?.trim().toLowerCase()) ?? 'light';
  return { embed, controls: embed !== undefined && q.get('controls') === '1', theme, present: embed === undefined && q.get('present') === '1' };
}

// Parameters a parent may set: every state parameter of a link, never the view itself.
const SETTABLE = new Set<string>(['lang', 'cur', 'fx', 'gpu', 'mode', 'model', 'wbits', 'kvbits', 'eff',
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
