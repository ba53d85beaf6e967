import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { hantBundle, staleOverrides, toHant, type Overrides, type Tree } from '../../locales/hant';
import { simplifiedOnly } from '../hanzi.mjs';

// The Traditional edition is made from the Simplified messages (locales/hant.ts); these check the
// making, on examples worked by hand, and the edition as a whole.
const zh: Record<string, Tree> = Object.fromEntries(readdirSync('locales/zh').filter((f) => f.endsWith('.json'))
  .map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(`locales/zh/${f}`, 'utf8'))]));
const overrides: Overrides = JSON.parse(readFileSync('locales/zh-Hant/overrides.json', 'utf8'));

function flat(tree: Tree, prefix: string, out = new Map<string, string>()) {
  for (const [k, v] of Object.entries(tree)) typeof v === 'string' ? out.set(prefix + k, v) : flat(v, `${prefix}${k}.`, out);
  return out;
}
const messages = (b: Record<string, Tree>) => new Map(Object.entries(b).flatMap(([ns, t]) => [...flat(t, `${ns}:`)]));

describe('toHant: Simplified to Hong Kong Traditional', () => {
  it('converts characters, and Hong Kong words where the mainland\'s survive conversion', () => {
    expect(toHant('芯片、显存和服务器的带宽')).toBe('晶片、記憶體和伺服器的頻寬');
    expect(toHant('算力租赁与数据中心')).toBe('算力租賃與數據中心');
    expect(toHant('英伟达的软件')).toBe('英偉達的軟件');
  });
  it('mends the phrase OpenCC splits, and writes the week as 週', () => {
    expect(toHant('增长几乎翻倍')).toBe('增長幾乎翻倍');
    expect(toHant('每周调用量')).toBe('每週調用量');
  });
  it('writes Token, spaced from Chinese characters but not from punctuation, and the gloss as one word', () => {
    expect(toHant('每卡每秒词元数')).toBe('每卡每秒 Token 數');
    expect(toHant('{{n}} 个词元，利用率')).toBe('{{n}} 個 Token，利用率');
    expect(toHant('决定词元（Token）成本')).toBe('決定 Token 成本');
    expect(toHant('“词元工厂”')).toBe('「Token 工廠」');
  });
  it('names yuan as 人民幣 (a bare 元 reads as Hong Kong dollars), but not 美元 or 亿元 written as a unit', () => {
    expect(toHant('中国西部每度电 0.3 元')).toBe('中國西部每度電人民幣 0.3 元');
    expect(toHant('1 美元兑 {{value}} 元')).toBe('1 美元兌人民幣 {{value}} 元');
    expect(toHant('每千词元 0.0008 元')).toBe('每千 Token 人民幣 0.0008 元');
    expect(toHant('27 万美元')).toBe('27 萬美元');
  });
});

describe('overrides: whole messages an editor rewrote', () => {
  it('each still matches the Simplified message it was written against', () => {
    expect(staleOverrides(zh, overrides)).toEqual([]);
  });
  it('a changed or removed source message is named, so the override is looked at again', () => {
    const key = 'common:title';
    const planted: Overrides = { [key]: { zh: `${flat(zh.common, 'common:').get(key)}（旧）`, text: '…' }, 'common:gone.away': { zh: '无', text: '無' } };
    expect(staleOverrides(zh, planted)).toEqual([key, 'common:gone.away']);
  });
  it('take the place of conversion', () => {
    const b = hantBundle({ common: { a: '芯片', b: { c: '芯片' } } }, { 'common:b.c': { zh: '芯片', text: '手寫' } });
    expect(b).toEqual({ common: { a: '晶片', b: { c: '手寫' } } });
  });
});

describe('the Traditional edition', () => {
  const hant = messages(hantBundle(zh, overrides));
  it('a Simplified character is caught, a Traditional one or a variant glyph is not', () => {
    expect(simplifiedOnly('芯片与显存')).toEqual(['与', '显']);
    expect(simplifiedOnly('說説里程')).toEqual([]);
  });
  it('has no Simplified-only character in any message', () => {
    const found = [...hant].flatMap(([k, v]) => simplifiedOnly(v).map((c) => `${k}: ${c}`));
    expect(found).toEqual([]);
  });
  it('keeps every placeholder of the Simplified message', () => {
    const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort().join();
    const src = messages(zh);
    expect([...hant].filter(([k, v]) => names(v) !== names(src.get(k)!)).map(([k]) => k)).toEqual([]);
  });
  // Messages quoting the Hong Kong article: in this edition each quotation is its own Traditional text.
  const HK_TE_QUOTING = ['charts:claims.cost.quote', 'story:claims.cost70.quote', 'story:claims.powerEdge.quote',
    'story:claims.blackwell.quote', 'story:claims.agents.quote', 'sources:hk-te.about'];
  it('quotes HK-TE in its original Traditional words, cuts marked ……', () => {
    const seed = readFileSync('../shared/seeds/001_df300e15fc03c137.txt', 'utf8');
    for (const key of HK_TE_QUOTING) {
      const quotes = [...hant.get(key)!.matchAll(/「([^「」]+)」/g)].map((m) => m[1]);
      expect(quotes.length, key).toBeGreaterThan(0);
      for (const fragment of quotes.flatMap((q) => q.split('……'))) expect(seed, `${key}: ${fragment}`).toContain(fragment);
    }
  });
  it('says Token, not 詞元, but where it gives the official name', () => {
    const uses = [...hant].filter(([, v]) => v.includes('詞元'));
    expect(uses.map(([k]) => k)).toContain('story:steps.commodity.p1');
    for (const [k, v] of uses) expect(v, k).toMatch(/定名(為)?「詞元」/);
  });
});
