// The data behind a chart, as the chart declares it: columns that say what kind of number they hold,
// rows of numbers (not strings). The frame writes them into the page's data table in the reader's
// language; the export menu writes the same rows to CSV as plain numbers a spreadsheet can add up.
// Pure: tests import it without a browser.

import { count, money, percent, plain, toDisplay, type MoneyContext } from '../format/number';

/**
 * What a column holds: money in US dollars (shown in the reader's currency), a change of money (shown
 * signed, as the chart shows it), a large count, a 0..1 share, a number with 0 or 1 decimals, or text
 * the chart has already written.
 */
export type CellKind = 'money' | 'change' | 'count' | 'percent' | 'int' | 'dec1' | 'text';
/** A cell: a number of its column's kind, text, or undefined for "nothing here" (shown as a dash). */
export type Cell = number | string | undefined;

export interface Column {
  label: string;
  kind: CellKind;
}

/** A chart's table: the first column names the row (a row header); every row has a cell for each column. */
export interface DataTable {
  columns: readonly Column[];
  rows: readonly (readonly Cell[])[];
}

/** moneyChange(usd, ctx): a change of money, signed as a typesetter signs it ("−$0.399", "+$0.205", "±$0.00"). */
export function moneyChange(usd: number, ctx: MoneyContext): string {
  return usd === 0 ? `±${money(0, ctx)}` : `${usd < 0 ? '−' : '+'}${money(Math.abs(usd), ctx)}`;
}

const DASH = '—';

/** cellText(cell, kind, m): a cell as the page's table shows it ("$0.444", "95%", "1.2M", "—"). */
export function cellText(cell: Cell, kind: CellKind, m: MoneyContext): string {
  if (cell === undefined) return DASH;
  if (typeof cell === 'string') return cell;
  switch (kind) {
    case 'money': return money(cell, m);
    case 'change': return moneyChange(cell, m);
    case 'count': return count(cell, m.lang);
    case 'percent': return percent(cell, m.lang);
    case 'int': return plain(cell, m.lang, 0);
    case 'dec1': return plain(cell, m.lang, 1);
    default: return String(cell);
  }
}

/** Six significant digits: what the model knows, without a float's tail ("0.444444", not "0.44444444444444"). */
const bare = (v: number) => (Number.isFinite(v) ? String(Number(v.toPrecision(6))) : '');

/**
 * csvCells(table, m): the table for a spreadsheet. Money is a number in the reader's currency and a share
 * a number of percent, each column's unit in its header ("Per GPU-hour (CNY)", "Share (%)"); counts are
 * whole numbers, not "1.2M"; text stays as written; an empty cell is empty.
 */
export function csvCells(table: DataTable, m: MoneyContext): string[][] {
  const isMoney = (k: CellKind) => k === 'money' || k === 'change';
  const unit = (k: CellKind) => (isMoney(k) ? ` (${m.currency})` : k === 'percent' ? ' (%)' : '');
  const cell = (c: Cell, k: CellKind) =>
    c === undefined ? '' : typeof c === 'string' ? c : bare(isMoney(k) ? toDisplay(c, m) : k === 'percent' ? c * 100 : c);
  return [
    table.columns.map((c) => c.label + unit(c.kind)),
    ...table.rows.map((r) => table.columns.map((c, i) => cell(r[i], c.kind))),
  ];
}
