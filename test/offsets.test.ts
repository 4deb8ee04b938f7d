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
  // linesBefore[i]: how many pieces the first i code points split into at /\r\n|\r|\n/, counted
  // once for all records instead of splitting the text before each one (quadratic on a long text)
  const linesBefore = [1];
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    linesBefore.push(linesBefore[i] + (c === '\r' || (c === '\n' && cps[i - 1] !== '\r') ? 1 : 0));
  }
  for (const r of extract(input)) {
    expect(r.start).toBeLessThan(r.end);
    expect(cps.slice(r.start, r.end).join('')).toBe(r.text);
    // line is the line of start: the text before start has line-1 breaks
    expect(linesBefore[r.start]).toBe(r.line);
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

  it('table cells too: the cell as written, in pdftotext layout, TSV and Markdown, with CRLF, full-width digits or astral characters', () => {
    const zhoukou = corpus[1][1];
    const cells = extract(zhoukou).filter((r) => r.source === 'table');
    expect(cells.length).toBeGreaterThan(70);
    const layout = zhoukou.split('\n').slice(11, 24).join('\n');
    const tsv = layout.split('\n').map((l) => l.trim().split(/ {2,}/).join('\t')).join('\n');
    const md = tsv.split('\n').map((l) => `| ${l.split('\t').join(' | ')} |`).join('\n');
    for (const base of [zhoukou, layout, tsv, md]) {
      for (const s of [base, base.replace(/\n/g, '\r\n'), base.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)), base.replace(/周口/g, '𠀀周口')]) {
        expect(extract(s).some((r) => r.source === 'table')).toBe(true);
        checkOffsets(s);
      }
    }
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
