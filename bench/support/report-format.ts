// Plain-text output helpers of the benchmarks: Markdown tables and byte counts in MB and KB.
export const mb = (b: number | null) => (b === null ? 'n/a' : (b / 1048576).toFixed(0));
export const kb = (b: number) => (b / 1024).toFixed(1);
const pad = (s: string | number, n: number) => String(s).padStart(n);
const padEnd = (s: string | number, n: number) => String(s).padEnd(n);

/** A Markdown table, first column left-aligned and the others right-aligned (figures line up). */
export function table(head: string[], rows: (string | number)[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]) =>
    `| ${r.map((c, i) => (i === 0 ? padEnd(c, widths[i] ?? 0) : pad(c, widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
