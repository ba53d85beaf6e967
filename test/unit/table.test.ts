// A chart's table: the page shows its cells in the reader's language; the CSV holds the same rows as numbers.
import { describe, expect, it } from 'vitest';
import { cellText, csvCells, type DataTable } from '../../src/export/table';
import { csvOf } from '../../src/export/names';

const usd = { lang: 'en', currency: 'USD', cnyPerUsd: 7.15 } as const;
const cny = { lang: 'zh', currency: 'CNY', cnyPerUsd: 7.15 } as const;

// The cost stack's rows at the default H100 settings, rounded: $2.35 an hour of which $0.134 is power.
const stack: DataTable = {
  columns: [{ label: 'Part', kind: 'text' }, { label: 'Per GPU-hour', kind: 'money' }, { label: 'Share', kind: 'percent' }],
  rows: [['Hardware', 2.216, 0.9429], ['Electricity', 0.134, 0.0571], ['Total', 2.35, undefined]],
};

describe('a chart table', () => {
  it('shows cells as the page writes numbers: money in the reader\'s currency, shares as percent, nothing as a dash', () => {
    expect(cellText(2.216, 'money', usd)).toBe('$2.22');
    expect(cellText(2.216, 'money', cny)).toBe('¥15.84'); // 2.216 × 7.15 = 15.8444
    expect(cellText(0.0571, 'percent', usd)).toBe('5.7%');
    expect(cellText(0.9429, 'percent', cny)).toBe('94%');
    expect(cellText(1.2e6, 'count', usd)).toBe('1.2M');
    expect(cellText(1.2e6, 'count', cny)).toBe('120万');
    expect(cellText(12.345, 'dec1', usd)).toBe('12.3');
    expect(cellText(2209.4, 'int', usd)).toBe('2,209');
    expect(cellText(undefined, 'money', usd)).toBe('—');
    expect(cellText('H100', 'text', usd)).toBe('H100');
    // A change is signed as the waterfall's bars are: a true minus, a plus, ± for none.
    expect(cellText(-0.3994, 'change', usd)).toBe('−$0.399');
    expect(cellText(0.205, 'change', cny)).toBe('+¥1.47'); // 0.205 × 7.15 = 1.466
    expect(cellText(0, 'change', usd)).toBe('±$0.00');
  });

  it('gives a spreadsheet numbers: money converted, shares in percent, units in the header, empty for nothing', () => {
    expect(csvCells(stack, cny)).toEqual([
      ['Part', 'Per GPU-hour (CNY)', 'Share (%)'],
      ['Hardware', '15.8444', '94.29'],
      ['Electricity', '0.9581', '5.71'],
      ['Total', '16.8025', ''],
    ]);
    expect(csvCells(stack, usd)[1]).toEqual(['Hardware', '2.216', '94.29']);
    // A change is a plain signed number in the reader's currency, its unit in the header.
    const steps: DataTable = { columns: [{ label: 'Input', kind: 'text' }, { label: 'Share of B − A', kind: 'change' }], rows: [['rent', 0.2], ['tokens/s', -0.4]] };
    expect(csvCells(steps, cny)).toEqual([['Input', 'Share of B − A (CNY)'], ['rent', '1.43'], ['tokens/s', '-2.86']]);
  });

  it('keeps six significant digits, not a float\'s tail', () => {
    const t: DataTable = { columns: [{ label: 'x', kind: 'money' }], rows: [[1 / 3]] };
    expect(csvCells(t, usd)[1]).toEqual(['0.333333']);
    expect(csvOf(csvCells(t, usd))).toBe('\uFEFF"x (USD)"\r\n"0.333333"\r\n');
  });
});
