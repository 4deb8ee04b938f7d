/**
 * Large tables are rendered in slices of TABLE_SLICE rows (src/format/table.ts): cli-table3's
 * layout is quadratic in the row count. The stitched slices must be the very text of one table.
 */
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../src/format/index.js';
import { renderTable, TABLE_SLICE } from '../src/format/table.js';
import type { MetricRecord } from '../src/types.js';

const layout = { head: ['line', 'type', 'text', 'value'], colWidths: [7, 9, 10, 16], colAligns: ['right', 'left', 'left', 'right'] as Array<'left' | 'right'> };
const cells = (n: number) => Array.from({ length: n }, (_, k) => [String(k + 1), k % 3 ? 'percent' : 'count', `${k}个项目`, `${(k * 1.5).toFixed(1)}%`]);

function record(k: number): MetricRecord {
  return {
    doc: 'a.txt', type: k % 2 ? 'percent' : 'amount', text: `${k}.5%`, start: k * 10, end: k * 10 + 4, line: k + 1,
    value: k + 0.5, value_max: null, unit: k % 2 ? '%' : 'CNY', approx: null, trend: k % 3 ? 'up' : null, basis: null,
    indicator: `固定资产投资${k % 7}`, item: null, region: '重庆高新区', period: '今年上半年', sentence: '……',
  };
}

describe('table in slices', () => {
  it('stitched slices equal one cli-table3 table (with and without head, several slice sizes)', () => {
    for (const n of [1, 2, 5, 7, 12, 13]) {
      const rows = cells(n);
      const whole = renderTable(layout, rows, Infinity);
      for (const slice of [1, 2, 3, 5, 6]) {
        expect(renderTable(layout, rows, slice)).toBe(whole);
        const { head: _h, ...noHead } = layout;
        expect(renderTable(noHead, rows, slice)).toBe(renderTable(noHead, rows, Infinity));
      }
    }
    const rows = cells(TABLE_SLICE * 2 + 17);
    expect(renderTable(layout, rows)).toBe(renderTable(layout, rows, Infinity));
  });

  // Speed is measured by `npm run bench` (5,000 rows); here only that time grows linearly with
  // the rows: a quadratic layout would take 16x for 4x the rows, a linear one 4x.
  it('renders in time linear in the rows (4x the rows, well under 16x the time)', () => {
    const render = (n: number) => {
      const f = createFormatter({ format: 'table', color: true, width: 120 });
      let out = f.head();
      for (let k = 0; k < n; k++) out += f.row(record(k));
      return out + f.tail();
    };
    const best = (n: number) => {
      let t = Infinity;
      for (let k = 0; k < 3; k++) { const t0 = performance.now(); render(n); t = Math.min(t, performance.now() - t0); }
      return t;
    };
    expect(render(800).split('\n').length).toBe(800 + 3 + 1); // top, head, rows, bottom, final newline
    const t1 = best(200);
    const t4 = best(800);
    expect(t4).toBeLessThan(10 * t1 + 250);
  });
});
