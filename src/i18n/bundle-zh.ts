// Every message in one language, loaded as one chunk (src/i18n/i18n.ts).
import common from '../../locales/zh/common.json';
import controls from '../../locales/zh/controls.json';
import charts from '../../locales/zh/charts.json';
import presets from '../../locales/zh/presets.json';
import sources from '../../locales/zh/sources.json';
import efficiency from '../../locales/zh/efficiency.json';
import story from '../../locales/zh/story.json';
import type { Bundle } from './i18n';

export const bundle: Bundle = { common, controls, charts, presets, sources, efficiency, story };
