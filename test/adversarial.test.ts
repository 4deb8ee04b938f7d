import { describe, expect, it } from 'vitest';
import { extractPieces } from '../src/stream/extract-stream.js';
import { readFixture } from './helpers.js';

// Linear time: inputs built to make a backtracking regex or a look-back per number blow up must
// cost about what news text of the same size costs. Sizes are 100 KB (the README (Large corpora and speed) has the 1 MB
// figures from `npm run bench`); the bound is generous against timer noise on a busy CI machine.
const N = 100 * 1024;
const fill = (s: string) => s.repeat(Math.ceil(N / s.length)).slice(0, N);

function best(text: string): number {
  let t = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    for (const recs of extractPieces([text])) void recs;
    t = Math.min(t, performance.now() - t0);
  }
  return t;
}

describe('adversarial inputs run in linear time', () => {
  const news = fill(readFixture('gov-work-report-zhejiang-2026.txt'));
  const cases: Record<string, string> = {
    'digits': fill('1234567890'),
    '%': fill('%'),
    '亿': fill('亿'),
    '，': fill('，'),
    'one line without breaks': fill(news.replace(/[\r\n]/g, '')),
    'numbers and units without punctuation': fill('3亿1,2.3-4%至一二三四五六七八九十百千万'),
  };
  const base = best(news);

  for (const [name, text] of Object.entries(cases)) {
    // a backtracking regex costs orders of magnitude, not a factor: the margin is for a loaded machine
    it(`${name}: within 6× news text of the same size`, () => {
      expect(best(text)).toBeLessThan(6 * base + 500);
    });
  }

  // 20 counts a KB (news has about 1), each with a 1000-2000 character sentence to search: more
  // work per byte than news, so the check here is that it grows linearly (it was quadratic).
  // A table is all figures: two records a row of 30 bytes. Flat (every row a sibling) and
  // indented (every row a sub-row of the one above, then back) rows must not look back over the rows above.
  it.each([
    ['flat', '指标\t金额（亿元）\t比上年增长（%）', (k: number) => `行${k}\t${k}.5\t${k % 9}.1`],
    ['indented', '指标    金额（亿元）    比上年增长（%）', (k: number) => `${' '.repeat(1 + (k % 40))}其中：行${k}  ${k}.5  -${k % 9}.1`],
  ])('a %s table of thousands of rows grows linearly', (_kind, header, row) => {
    const table = (chars: number) => {
      const lines = ['表1 2023年周口市指标', header];
      for (let k = 0, n = 0; n < chars; k++) { const l = row(k); lines.push(l); n += l.length + 1; }
      return lines.join('\n');
    };
    const t1 = best(table(N / 4));
    const t4 = best(table(N));
    expect(t4).toBeLessThan(6 * t1 + 300);
  });

  it('a record-dense unbroken line (《十条措施 repeated) grows linearly', () => {
    const unit = '《十条措施';
    const t1 = best(unit.repeat(N / 4 / unit.length));
    const t4 = best(unit.repeat(N / unit.length));
    expect(t4).toBeLessThan(9 * t1 + 500); // linear: 4x; quadratic: 16x
  });
});
