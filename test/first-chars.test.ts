import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { firstCharScanner, firstCodes } from '../src/attribute/first-chars.js';
import { PERIOD_RE } from '../src/attribute/period.js';
import { PERIOD_EXTRA } from '../src/rules/context.js';

const chars = (s: Set<number> | null) => (s === null ? null : [...s].sort((a, b) => a - b).map((c) => String.fromCharCode(c)).join(''));

describe('firstCodes: the characters a match can start with', () => {
  it('reads literals, classes, groups, optional items and lookaheads', () => {
    expect(chars(firstCodes('(?:a|b?c)d'))).toBe('abc');
    expect(chars(firstCodes('第?[一二]季度'))).toBe('一二第');
    expect(chars(firstCodes('(?!x)y|[0-2z]'))).toBe('012yz');
    expect(chars(firstCodes('\\d{1,2}月|x{0,2}年'))).toBe('0123456789x年');
    expect(chars(firstCodes('“?十五'))).toBe('“十');
  });
  it('gives up (null: the plain regex runs) on what it does not read or on an empty match', () => {
    for (const src of ['a?', '\\s年', '[^年]', '.年', '(?<=比)年', '(?<y>年)', '^年', 'a|']) expect(firstCodes(src), src).toBeNull();
  });
});

/** Every match of a global regex by the plain exec loop. */
function plain(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}
function scanned(re: RegExp, text: string): [number, string][] {
  const next = firstCharScanner(re);
  const out: [number, string][] = [];
  for (let from = 0, m = next(text, from); m !== null; m = next(text, from)) { out.push([m.index, m[0]]); from = m.index + m[0].length; }
  return out;
}

describe('firstCharScanner finds what the exec loop finds', () => {
  const dir = join(__dirname, '..', 'fixtures');
  const each = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
  // (a short text takes the plain regex: all of them together is long enough to be scanned)
  const texts = [...each, each.join('\n')];
  it('reads all of them together as a long text', () => expect(texts[texts.length - 1].length).toBeGreaterThan(1 << 15));
  const patterns = [PERIOD_RE, new RegExp(`(?:${PERIOD_EXTRA}|${PERIOD_RE.source})`, 'g')];
  it.each(patterns.map((p, i) => [i, p]))('pattern %i on every fixture text', (_i, re) => {
    for (const t of texts) expect(scanned(re as RegExp, t)).toEqual(plain(re as RegExp, t));
  });
  it('falls back to the plain regex for other flags', () => {
    const re = /年/gi;
    expect(scanned(re, '2023年、2024年')).toEqual([[4, '年'], [10, '年']]);
  });
});
