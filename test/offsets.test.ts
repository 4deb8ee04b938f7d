import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../src/index.js';
import { readFixture } from './helpers.js';

const corpus: Array<[string, string]> = [
  ['gaoxin-zones-2024.txt', readFixture('gaoxin-zones-2024.txt')],
  ['stats-communique-zhoukou-2023.txt', readFixture('stats-communique-zhoukou-2023.txt')],
  ['gov-work-report-zhejiang-2026.txt', readFixture('gov-work-report-zhejiang-2026.txt')],
  ...readFixture('news-econ-2023.jsonl').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l)).map((r: { id: string; text: string }) => [r.id, r.text] as [string, string]),
];

function checkOffsets(input: string): void {
  const cps = [...input];
  const lines = input.split(/\r\n|\r|\n/);
  for (const r of extract(input)) {
    expect(r.start).toBeLessThan(r.end);
    expect(cps.slice(r.start, r.end).join('')).toBe(r.text);
    // line is the line of start: the text before start has line-1 breaks
    const before = cps.slice(0, r.start).join('');
    expect(before.split(/\r\n|\r|\n/).length).toBe(r.line);
    expect(r.line).toBeLessThanOrEqual(lines.length);
  }
}

describe('offsets point into the input exactly, after normalization', () => {
  it.each(corpus.slice(0, 3))('every record of %s', (_name, text) => {
    checkOffsets(text);
  });

  it('every record of the 120 news items', () => {
    for (const [, text] of corpus.slice(3)) checkOffsets(text);
  });

  it('any slice of the corpus, with CRLF line ends, full-width digits or astral characters mixed in', () => {
    const all = corpus.map(([, t]) => t).join('\n\n');
    fc.assert(fc.property(
      fc.nat(all.length - 1), fc.integer({ min: 1, max: 3000 }), fc.constantFrom('none', 'crlf', 'wide', 'astral'),
      (at, len, twist) => {
        let s = all.slice(at, at + len);
        if (twist === 'crlf') s = s.replace(/\n/g, '\r\n');
        if (twist === 'wide') s = s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        if (twist === 'astral') s = s.replace(/。/g, '😀。');
        checkOffsets(s);
      },
    ), { numRuns: 200, seed: 20241 });
  });
});
