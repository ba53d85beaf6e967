import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

// The glossary (locales/glossary.json) names the Chinese term the page uses for each idea and the
// variants it replaces. Terms drifted between panels before it (电力 and 电费 for the cost of power, three
// ways to write a kWh, 读者 for a request), and nothing but a read of all the strings would notice.
interface Term { use: string; instead: string[]; allow?: string[]; note?: string }
interface Pattern { rule: string; pattern: string }
interface Glossary { terms: Term[]; patterns?: Pattern[] }
const glossary: Glossary = JSON.parse(readFileSync('locales/glossary.json', 'utf8'));

type Tree = { [k: string]: string | Tree };
function walk(tree: Tree, prefix: string, out: Map<string, string>) {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else walk(v, `${prefix}${k}.`, out);
  }
}
/** Every Chinese string, read from disk as the build reads it, keyed "namespace:dotted.key". */
function chineseStrings(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync('locales/zh').filter((x) => x.endsWith('.json')).sort()) {
    walk(JSON.parse(readFileSync(`locales/zh/${f}`, 'utf8')), `${f.slice(0, -'.json'.length)}:`, out);
  }
  return out;
}

/**
 * What the glossary rules over: a string without its {{placeholders}} (names, not words), its quotations
 * in 「」 or “” (a report's words stay as the report wrote them: 元/度, Token工厂) and its 《》 titles
 * (a report's title is verbatim too, and 《证券日报》 is the chosen form of the paper's name).
 * A placeholder becomes a mark, not nothing, so the words either side of it are not joined into a variant.
 */
export const prose = (s: string) =>
  s.replace(/\{\{\s*\w+\s*\}\}/g, '#').replace(/「[^」]*」|“[^”]*”|《[^》]*》/g, '#');

export interface Finding { key: string; variant: string; use: string }
/** check(strings, g): every variant of g found in a string's prose, after the term's allowed forms are masked. */
export function check(strings: Map<string, string>, g: Glossary): Finding[] {
  const found: Finding[] = [];
  for (const [key, s] of strings) {
    const text = prose(s);
    for (const term of g.terms) {
      // The chosen form may contain a variant (每度电 holds 每度): mask it first, longest first.
      const masked = [...(term.allow ?? [])].sort((a, b) => b.length - a.length).reduce((t, a) => t.split(a).join('#'), text);
      for (const variant of term.instead) if (masked.includes(variant)) found.push({ key, variant, use: term.use });
    }
    for (const p of g.patterns ?? []) {
      const m = text.match(new RegExp(p.pattern, 'u'));
      if (m) found.push({ key, variant: m[0], use: p.rule });
    }
  }
  return found;
}

describe('the glossary', () => {
  it('is well formed: each variant belongs to one term and is not the term itself', () => {
    const seen = new Map<string, string>();
    for (const t of glossary.terms) {
      expect(t.instead.length, t.use).toBeGreaterThan(0);
      for (const v of t.instead) {
        expect(seen.get(v), `${v} is listed under "${seen.get(v)}" and "${t.use}"`).toBeUndefined();
        seen.set(v, t.use);
        expect(t.allow ?? [], `${v} is both allowed and replaced`).not.toContain(v);
      }
    }
    for (const p of glossary.patterns ?? []) expect(() => new RegExp(p.pattern, 'u')).not.toThrow();
  });

  it('is followed by every Chinese string, quotations and titles excepted', () => {
    const strings = chineseStrings();
    // The walk reaches the nested messages too (an empty map would pass anything).
    expect(strings.size).toBeGreaterThan(600);
    expect(strings.get('story:claims.agents.integrated')).toBe('融合级');
    const findings = check(strings, glossary).map((f) => `${f.key}: ${f.variant} → ${f.use}`);
    expect(findings).toEqual([]);
  });

  it('catches a planted variant, and leaves the chosen form, quotations, titles and placeholders alone', () => {
    const planted = new Map([
      // Two variants in prose: each is reported, with its key.
      ['planted:prose', '按每千瓦时 0.3 元计，批量越大，每卡的产出越多。'],
      // 每度电 is the chosen form and holds the variant 每度; a bare 每度 beside it is still caught.
      ['planted:kwh', '每度电 {{price}}，即每度 {{price}}。'],
      // Inside quotations and a title the report's words stay; a placeholder's name is no word.
      ['planted:quoted', '港刊写道“电价低至 0.3 元/度”，中邮证券·涨价篇称「批量」；《证券日报》；{{tokensHour}}。'],
      ['planted:number', '订票要 5,000 至 15,000 个词元，即 港刊所说。'],
    ]);
    expect(check(planted, glossary).map((f) => `${f.key} ${f.variant}`)).toEqual([
      'planted:prose 每千瓦时',
      'planted:prose 批量',
      'planted:kwh 每度',
      'planted:number 5,000',
      'planted:number 即 港',
    ]);
  });
});
