import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { extract } from '../src/pipeline.js';
import type { MetricRecord } from '../src/types.js';
import { chunkText, findCut, CHUNK_TARGET } from '../src/stream/chunk.js';
import { DocChunks, extractChunk, extractPieces } from '../src/stream/extract-stream.js';
import { ROOT, readFixture } from './helpers.js';

const BIN = join(ROOT, 'bin', 'cnmetrics.js');
const TEXTS = ['gaoxin-zones-2024.txt', 'gov-work-report-zhejiang-2026.txt', 'stats-communique-zhoukou-2023.txt'];

function chunked(text: string, target: number) {
  const dc = new DocChunks('x');
  return chunkText(text, target).flatMap((c) => extractChunk(dc.job(c)));
}
const key = (r: { start: number; end: number; line: number; text: string; value: number; type: string }) =>
  `${r.type} ${r.start} ${r.end} ${r.line} ${r.text} ${r.value}`;

describe('chunked extraction', () => {
  it('cuts only between whole lines that end a block, and loses nothing', () => {
    for (const f of TEXTS) {
      const text = readFixture(f);
      const chunks = chunkText(text, 2000);
      expect(chunks.join('')).toBe(text);
      expect(chunks.length).toBeGreaterThan(2);
      for (const c of chunks.slice(0, -1)) expect(c.endsWith('\n')).toBe(true);
    }
  });

  it('gives the records of a whole read, with exact offsets and lines, at any chunk size', () => {
    for (const f of TEXTS) {
      const text = readFixture(f);
      const whole = extract(text, { doc: 'x' });
      for (const target of [2000, 7000]) {
        const parts = chunked(text, target);
        // where a number is, and what it is, never depends on the cut
        expect(parts.map(key), `${f} @${target}`).toEqual(whole.map(key));
        const cps = [...text];
        for (const r of parts) expect(cps.slice(r.start, r.end).join('')).toBe(r.text);
      }
    }
  });

  it('carries section headings, titles and the document head across cuts (attribution as a whole read)', () => {
    for (const f of ['gaoxin-zones-2024.txt', 'gov-work-report-zhejiang-2026.txt']) {
      const text = readFixture(f);
      expect(chunked(text, 2000)).toEqual(extract(text, { doc: 'x' }));
    }
  });

  it('never cuts a table: its cells are the same records at any chunk size, even a table longer than a chunk', () => {
    const text = readFixture('stats-communique-zhoukou-2023.txt');
    const whole = extract(text, { doc: 'x' });
    const tableKey = (r: MetricRecord) => (r.source === 'table' ? JSON.stringify(r) : key(r));
    expect(whole.filter((r) => r.source === 'table').length).toBeGreaterThan(70);
    for (let target = 600; target <= 9000; target += 350) {
      expect(chunked(text, target).map(tableKey), `@${target}`).toEqual(whole.map(tableKey));
    }
    // cuts fall outside tables when a table fits in a chunk
    for (const c of chunkText(text, 3000).slice(0, -1)) {
      expect(c.trimEnd().split('\n').pop()).not.toMatch(/\S {2,}\S/);
    }
  });

  it('is extract() itself for a text shorter than a chunk', () => {
    const text = readFixture('gov-work-report-zhejiang-2026.txt');
    expect(text.length).toBeLessThan(CHUNK_TARGET);
    expect([...extractPieces([text.slice(0, 100), text.slice(100)], { doc: 'x' })].flat()).toEqual(extract(text, { doc: 'x' }));
  });

  it('keeps code points and lines exact past characters outside the BMP and CRLF line ends', () => {
    const para = '𠀀𠀁今年上半年，重庆高新区GDP同比增长8.2%。\r\n签约项目47个，总投资额292亿元。\r\n';
    const text = para.repeat(200);
    const whole = extract(text, { doc: 'x' });
    expect(chunked(text, 1000)).toEqual(whole);
    expect(whole.at(-1)!.line).toBe(400);
  });

  it('cuts a huge line after a sentence end, else a clause break, never inside a surrogate pair', () => {
    expect(findCut('甲'.repeat(10) + '。' + '乙'.repeat(20), 20)).toBe(11);
    expect(findCut('甲'.repeat(12) + '，' + '乙'.repeat(20), 20)).toBe(13);
    expect(findCut('7'.repeat(19) + '𠀀' + '8', 20)).toBe(19);
    expect(findCut('\n'.repeat(3) + '7'.repeat(18) + '\r\n', 22)).toBe(21);
  });
});

describe('streaming CLI', () => {
  it('reads an input larger than a chunk from stdin, offsets exact', () => {
    const text = readFixture('stats-communique-zhoukou-2023.txt').repeat(8);
    expect(text.length).toBeGreaterThan(CHUNK_TARGET);
    const r = spawnSync(process.execPath, [BIN, '-f', 'jsonl', '-j', '1', '-'], { input: text, encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(r.status).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const cps = [...text];
    expect(recs.length).toBe(extract(text).length);
    for (const x of recs) expect(cps.slice(x.start, x.end).join('')).toBe(x.text);
  }, 30_000);
});
