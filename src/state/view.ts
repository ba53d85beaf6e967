// What a link asks to see, read before anything else loads (main.ts): which mode, which chart, which
// theme, which language. No imports, so the page's entry stays a few hundred bytes of script.

/** Charts a frame can show alone: the explorer's and the story's. */
export const EMBEDDABLE = ['cost-stack', 'levers', 'anchor', 'compare', 'story-demand', 'story-places', 'story-efficiency',
  'story-training', 'story-price', 'story-tasks'] as const;
export type ChartId = (typeof EMBEDDABLE)[number];

export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

export interface View {
  /** light (default), dark, or projector: high contrast, thicker lines, larger labels. */
  theme: Theme;
  /** Presenter mode: a lecture on a 16:9 stage, stepped with the keys a clicker sends. */
  present: boolean;
  /** Presenter mode's slides, as the link names them (present/slides.ts parses them). */
  slides?: string;
  /** Presenter mode's speaker view: this slide, the next, notes and a timer, driving the audience's window. */
  speaker: boolean;
  /** An embed scales to fill its frame, whatever the frame's size (a slide's frame). */
  fit: boolean;
  /** The chart shown alone, or undefined for the whole page. */
  embed?: ChartId;
  /** Show the three sliders under an embedded chart. */
  controls: boolean;
  /** The origin an embedded frame trusts (host=): it posts to it and takes messages from it alone. */
  host?: string;
}

/** originOf(raw): the origin an http(s) URL names, or undefined for anything else. */
function originOf(raw: string | null): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** parseView(search): the view a link asks for; an unknown chart id gives the whole page. */
export function parseView(search: string): View {
  let q: URLSearchParams;
  try { q = new URLSearchParams(search); } catch { q = new URLSearchParams(); }
  const id = q.get('embed')?.trim().toLowerCase();
  const embed = EMBEDDABLE.find((c) => c === id);
  const theme = THEMES.find((th) => th === q.get('theme')?.trim().toLowerCase()) ?? 'light';
  const present = embed === undefined && q.get('present') === '1';
  return { embed, controls: embed !== undefined && q.get('controls') === '1', theme, present,
    slides: present ? q.get('slides')?.slice(0, 400) : undefined, speaker: present && q.get('speaker') === '1',
    fit: embed !== undefined && q.get('fit') === '1', host: embed === undefined ? undefined : originOf(q.get('host')) };
}

/** themeParam(theme): the theme as a link carries it ('' for the default). */
export const themeParam = (theme: Theme) => (theme === 'light' ? '' : `&theme=${theme}`);
