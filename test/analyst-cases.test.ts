import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { readFixture } from './helpers.js';

/**
 * The analyst cases (fixtures/analyst-cases.jsonl, a copy of the shared cases: small inputs from
 * public bug reports of peer tools, with the right records), judged as ../shared/tools/cases.mjs
 * judges them: each expected record is matched to a reported one of the same type by text (else
 * by value); every field it names is compared (null expects null; {"not": X} must differ;
 * {"oneOf": [...]} must be one of them); reported records left unmatched fail the case unless
 * it allows extras.
 */
interface Case { id: string; input: string; expected: Array<Record<string, unknown>>; allow_extra?: boolean }
const cases: Case[] = readFixture('analyst-cases.jsonl').split('\n').filter(Boolean).map((l) => JSON.parse(l));

type Want = unknown;
const ok = (e: Want, g: unknown) => e !== null && typeof e === 'object'
  ? ('not' in (e as object) ? g !== (e as { not: unknown }).not : (e as { oneOf: unknown[] }).oneOf.includes(g))
  : e === (g ?? null);

export function judge(c: Case): string[] {
  const got = extract(c.input, { doc: '-' }) as unknown as Array<Record<string, unknown>>;
  const used = new Set<number>();
  const why: string[] = [];
  for (const e of c.expected) {
    let i = got.findIndex((g, k) => !used.has(k) && g.type === e.type && (e.text !== undefined ? g.text === e.text : g.value === e.value));
    if (i < 0 && e.text !== undefined) i = got.findIndex((g, k) => !used.has(k) && g.type === e.type && g.value === e.value);
    if (i < 0) { why.push(`missing ${e.type} ${e.text ?? e.value}`); continue; }
    used.add(i);
    for (const [k, v] of Object.entries(e)) if (!ok(v, got[i][k])) why.push(`${e.text ?? e.value}: ${k}=${JSON.stringify(got[i][k])}`);
  }
  if (!c.allow_extra) got.forEach((g, k) => { if (!used.has(k)) why.push(`extra ${g.type} ${g.text}`); });
  return why;
}

/** The cases that pass today; a case joins this list when a fix makes it pass, and never leaves. */
const PASSING = new Set([
  'H01', 'H04', 'H05', 'H07', 'H08b', 'H16', 'H17', 'H22', 'H23', 'H25',
  // issue 12 (detection and values)
  'H10', 'H11', 'H13', 'H13b', 'H14', 'H19', 'H20', 'H20b', 'H31', 'H31b',
  'H02', 'H02b', 'H08', 'H08c', 'H32', // indicator read from the clause model (issue 11)
  'H26', 'H26b', 'H28', 'H28b', 'H28c', 'H29', // context: period, basis and trend carried (issue 11)
]);

describe('analyst cases', () => {
  for (const c of cases) {
    (PASSING.has(c.id) ? it : it.skip)(`${c.id}: ${c.input.slice(0, 40)}`, () => {
      expect(judge(c)).toEqual([]);
    });
  }
});
