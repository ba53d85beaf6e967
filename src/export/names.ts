// What an exported file is called and what its subtitle says: the chart and the settings that make
// its numbers, so a teacher's folder of pictures explains itself. Pure.

import type { AppInputs } from '../state/inputs';
import { compareQuery } from '../state/url';

/**
 * fileName(chartId, x, ext, b): "cost-stack_h100_rent-2.35_elec-0.042_tps-2209_en.svg"; in compare mode
 * (b) B's first six values that differ from A's follow "vs", as its link writes them, so two comparisons
 * never share a name: "compare_h100_…_tps-2209_vs_gpu-b200_rent-4.08_tps-6920_kw-1.7875_en.csv".
 */
export function fileName(chartId: string, x: AppInputs, ext: string, b?: AppInputs): string {
  const n = (v: number) => String(Number(v.toPrecision(4)));
  const vs = b ? compareQuery(x, b).split('&').slice(1, 7).map((kv) => kv.replace(/^b_/, '').replace('=', '-')) : [];
  const parts = [chartId, x.gpuId, x.mode === 'own' ? 'owned' : `rent-${n(x.rentUsdPerGpuHour)}`,
    `elec-${n(x.elecUsdPerKwh)}`, `tps-${n(x.tokPerSecPerGpu)}`, ...(vs.length ? ['vs', ...vs] : []), x.lang];
  return `${parts.join('_').replace(/[^A-Za-z0-9._-]/g, '-')}.${ext}`;
}

/** csvOf(rows): RFC 4180 CSV — every cell quoted, quotes doubled, CRLF line ends, UTF-8 BOM for spreadsheets. */
export function csvOf(rows: readonly (readonly string[])[]): string {
  const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
