// What an exported file is called and what its subtitle says: the chart and the settings that make
// its numbers, so a teacher's folder of pictures explains itself. Pure.

import type { AppInputs } from '../state/inputs';

/** fileName(chartId, x, ext): "cost-stack_h100_rent-2.35_elec-0.042_tps-2209_en.svg". */
export function fileName(chartId: string, x: AppInputs, ext: string): string {
  const n = (v: number) => String(Number(v.toPrecision(4)));
  const parts = [chartId, x.gpuId, x.mode === 'own' ? 'owned' : `rent-${n(x.rentUsdPerGpuHour)}`,
    `elec-${n(x.elecUsdPerKwh)}`, `tps-${n(x.tokPerSecPerGpu)}`, x.lang];
  return `${parts.join('_').replace(/[^A-Za-z0-9._-]/g, '-')}.${ext}`;
}

/** csvOf(rows): RFC 4180 CSV — every cell quoted, quotes doubled, CRLF line ends, UTF-8 BOM for spreadsheets. */
export function csvOf(rows: readonly (readonly string[])[]): string {
  const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
