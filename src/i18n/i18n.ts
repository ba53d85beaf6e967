// Every word a reader sees comes from locales/{en,zh}/*.json, one namespace a file, bundled with the
// page (no request at run time). Messages take {{placeholders}}; numbers are formatted before they go in.

import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../state/inputs';
import enCommon from '../../locales/en/common.json';
import enControls from '../../locales/en/controls.json';
import enCharts from '../../locales/en/charts.json';
import enPresets from '../../locales/en/presets.json';
import enSources from '../../locales/en/sources.json';
import enEfficiency from '../../locales/en/efficiency.json';
import zhCommon from '../../locales/zh/common.json';
import zhControls from '../../locales/zh/controls.json';
import zhCharts from '../../locales/zh/charts.json';
import zhPresets from '../../locales/zh/presets.json';
import zhSources from '../../locales/zh/sources.json';
import zhEfficiency from '../../locales/zh/efficiency.json';

export const NAMESPACES = ['common', 'controls', 'charts', 'presets', 'sources', 'efficiency'] as const;

export const resources = {
  en: { common: enCommon, controls: enControls, charts: enCharts, presets: enPresets, sources: enSources, efficiency: enEfficiency },
  zh: { common: zhCommon, controls: zhControls, charts: zhCharts, presets: zhPresets, sources: zhSources, efficiency: zhEfficiency },
};

// Svelte renders every message as text, never as markup, so i18next need not escape values.
void i18next.init({
  resources,
  lng: 'en',
  fallbackLng: false,
  ns: [...NAMESPACES],
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const fixed = new Map<Lang, TFunction>();

/** tFor(lang) is the translate function for one language (cached; switching language is a lookup). */
export function tFor(lang: Lang): TFunction {
  let t = fixed.get(lang);
  if (!t) {
    t = i18next.getFixedT(lang);
    fixed.set(lang, t);
  }
  return t;
}
