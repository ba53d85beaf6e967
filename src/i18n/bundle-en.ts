// Every message in one language, loaded as one chunk (src/i18n/i18n.ts).
import common from '../../locales/en/common.json';
import controls from '../../locales/en/controls.json';
import charts from '../../locales/en/charts.json';
import presets from '../../locales/en/presets.json';
import sources from '../../locales/en/sources.json';
import efficiency from '../../locales/en/efficiency.json';
import story from '../../locales/en/story.json';
import type { Bundle } from './i18n';

export const bundle: Bundle = { common, controls, charts, presets, sources, efficiency, story };
