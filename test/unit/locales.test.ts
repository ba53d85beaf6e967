import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import en from 'virtual:messages/en';
import zh from 'virtual:messages/zh';
import zhHant from 'virtual:messages/zh-Hant';

// In tests the messages are inlined (vite.config.ts, messages()): the same objects the page registers.
const bundleOf = (s: typeof en) => ('bundle' in s ? s.bundle : {});
const resources = { en: bundleOf(en), zh: bundleOf(zh), 'zh-Hant': bundleOf(zhHant) };
import { ACCELERATORS, SCENARIOS } from '../../src/model/presets';
import { SOURCES } from '../../src/model/sources';

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    // A leaf that is not a string (null, a number) is no message: i18next would show the key instead.
    else if (v === null || typeof v !== 'object') throw new Error(`${prefix}${k} is not a message: ${JSON.stringify(v)}`);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const all = (lang: keyof typeof resources) => {
  const out = new Map<string, string>();
  for (const [ns, tree] of Object.entries(resources[lang])) for (const [k, v] of flatten(tree as Tree)) out.set(`${ns}:${k}`, v);
  return out;
};

// zh-Hant is made from zh at build time (locales/hant.ts): checked here as the page receives it.
describe('the three languages: English, Simplified and Traditional Chinese', () => {
  const en = all('en'), zh = all('zh'), hant = all('zh-Hant');

  it('bundle every file in the locale folders', () => {
    for (const lang of ['en', 'zh'] as const) {
      const files = readdirSync(`locales/${lang}`).filter((f) => f.endsWith('.json')).map((f) => f.replace('.json', '')).sort();
      expect(Object.keys(resources[lang]).sort()).toEqual(files);
    }
  });

  it('have the same keys', () => {
    for (const other of [zh, hant]) {
      expect([...other.keys()].filter((k) => !en.has(k))).toEqual([]);
      expect([...en.keys()].filter((k) => !other.has(k))).toEqual([]);
    }
  });

  it('have the same placeholders in every message', () => {
    for (const other of [zh, hant]) {
      const differ = [...en.keys()].filter((k) => other.has(k) && placeholders(en.get(k)!).join() !== placeholders(other.get(k)!).join());
      expect(differ).toEqual([]);
    }
  });

  // Where the English story names a Chinese term on purpose (词元, the report's own 亿 figures, its level names).
  const QUOTES_CHINESE = new Set(['story:steps.commodity.p1', 'story:claims.agents.quote', 'story:claims.agents.integrated', 'story:claims.agents.driving', 'story:figures.words.hundredsOfThousands',
    // Said in both languages: the other language's words are what could not be loaded.
    'common:notices.languageFailed.zh', 'common:notices.languageFailed.zh-Hant', 'common:notices.languageFailed.en']);
  it('leave no message empty, and no Chinese in English messages but deliberate quotations', () => {
    for (const [k, v] of en) {
      expect(v.trim(), k).not.toBe('');
      expect(/[\u3400-\u9fff]/.test(v) && !QUOTES_CHINESE.has(k), `${k}: ${v}`).toBe(false);
    }
    for (const [k, v] of [...zh, ...hant]) expect(v.trim(), k).not.toBe('');
  });

  it('are valid JSON files (what the build bundles is what is on disk)', () => {
    for (const lang of ['en', 'zh', 'zh-Hant']) for (const f of readdirSync(`locales/${lang}`)) {
      expect(() => JSON.parse(readFileSync(`locales/${lang}/${f}`, 'utf8'))).not.toThrow();
    }
  });
});

describe('every figure has a source', () => {
  const en = all('en');
  it('every preset figure names a known source, and each source is described in both languages', () => {
    const used = [
      ...ACCELERATORS.flatMap((a) => [a.kwPerGpu.source, a.tokPerSecPerGpu.source, ...(a.rentUsdPerGpuHour ? [a.rentUsdPerGpuHour.source] : [])]),
      ...SCENARIOS.flatMap((s) => [s.elec.source, ...(s.rentUsdPerGpuHour ? [s.rentUsdPerGpuHour.source] : []),
        ...(s.own ? [s.own.capexUsdPerGpu.source, s.own.depreciationYears.source] : [])]),
    ];
    for (const id of used) expect(Object.keys(SOURCES)).toContain(id);
    for (const id of Object.keys(SOURCES)) for (const f of ['name', 'short', 'about']) expect(en.has(`sources:${id}.${f}`), `${id}.${f}`).toBe(true);
  });
  it('every preset figure has its note, and every scenario its name and description', () => {
    for (const a of ACCELERATORS) {
      expect(en.has(`presets:gpu.${a.id}.kw`)).toBe(true);
      expect(en.has(`presets:gpu.${a.id}.tps`)).toBe(true);
      expect(en.has(`presets:gpu.${a.id}.rent`)).toBe(!!a.rentUsdPerGpuHour);
    }
    for (const s of SCENARIOS) for (const f of ['name', 'about']) expect(en.has(`presets:scenario.${s.id}.${f}`)).toBe(true);
  });
});

describe('the story\'s list of figures', () => {
  const en = all('en'), zh = all('zh'), hant = all('zh-Hant');
  it('names every figure and every cited original in both languages, and each report is a known source', async () => {
    const { FIGURES } = await import('../../src/model/figures');
    for (const f of FIGURES) {
      for (const lang of [en, zh, hant]) {
        expect(lang.has(f.label), f.label).toBe(true);
        if (f.cites) expect(lang.has(`story:figures.cites.${f.cites}`), f.cites).toBe(true);
      }
      expect(Object.keys(SOURCES)).toContain(f.source);
    }
  });
  it('holds every figure of the story\'s data files, once', async () => {
    const { FIGURES } = await import('../../src/model/figures');
    const facts = await import('../../src/model/facts');
    const expected = facts.CHINA_DAILY_TOKENS.length + 1 + facts.OPENROUTER_WEEKLY_TOKENS.length + 3 /* rents */ + 3 /* power */
      + facts.LIST_PRICES.length + facts.LIST_PRICES.filter((p) => p.reportSays).length + facts.PRICE_EVENTS.filter((e) => e.change !== undefined).length + Object.keys(facts.TASK_TOKENS).length
      + 2 /* training, life */ + 2 /* IDC */ + facts.AGENT_EXAMPLES.length;
    expect(FIGURES.length).toBe(expected);
    expect(new Set(FIGURES.map((f) => f.id)).size).toBe(FIGURES.length);
  });
});
