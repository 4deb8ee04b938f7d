/**
 * The gold scorer of ../shared/tools/score.py, in TypeScript, so the tests score the fixture
 * copies of the gold files exactly as the project's report does (tests never read ../shared).
 *
 * A record matches a gold one of the same doc and type when their spans overlap and their
 * values agree (relative 1e-9; a range also matches a second gold record at its upper end).
 * Records overlapping an optional gold record are not judged; `cover` lines limit the scoring
 * of a doc to those ranges. Enums must be equal (missing = null); text attributes match when,
 * spaces and quote marks removed, one contains the other and the longer has ≤ 4 more characters.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../src/index.js';
import type { MetricRecord } from '../src/types.js';
import { fixture } from './helpers.js';

type Rec = Record<string, unknown> & { doc?: unknown; type: string; start: number; end: number };
export const ENUMS = ['trend', 'basis', 'approx', 'unit'] as const;
export const TEXTS = ['indicator', 'item', 'region', 'period'] as const;

export interface Score {
  /** per type: tp, fp, fn, precision, recall, f1 */
  types: Record<string, { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }>;
  /** per attribute: correct, scored, accuracy, and the wrong pairs for messages */
  attributes: Record<string, { correct: number; scored: number; accuracy: number; wrong: string[] }>;
  misses: Rec[];
  extras: Rec[];
}

const key = (doc: unknown) => String(doc ?? '').split('/').pop()!;
const sameValue = (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number'
  && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const STRIP = /[ \u3000“”‘’"'《》「」]/g;
export function textMatch(g: unknown, p: unknown): boolean {
  if (g === null) return p === null || p === undefined || p === '';
  if (!p) return false;
  const a = String(g).replace(STRIP, ''), b = String(p).replace(STRIP, '');
  return (a.includes(b) || b.includes(a)) && Math.abs(a.length - b.length) <= 4;
}
const overlap = (a: Rec, b: Rec) => a.start < b.end && b.start < a.end;

export function score(gold: Rec[], pred: Rec[]): Score {
  const by = new Map<string, [Rec[], Rec[]]>();
  const slot = (k: string) => { let v = by.get(k); if (!v) by.set(k, v = [[], []]); return v; };
  const covers = new Map<string, Array<[number, number]>>();
  for (const g of gold) {
    if ('cover' in g) { const k = key(g.doc); covers.set(k, [...(covers.get(k) ?? []), g.cover as [number, number]]); continue; }
    slot(`${key(g.doc)}\u0000${g.type}`)[0].push(g);
  }
  for (const p of pred) {
    const c = covers.get(key(p.doc));
    if (c && !c.some(([s, e]) => p.start < e && s < p.end)) continue;
    slot(`${key(p.doc)}\u0000${p.type}`)[1].push(p);
  }
  const types: Score['types'] = {};
  const attributes: Score['attributes'] = {};
  const misses: Rec[] = [], extras: Rec[] = [];
  const count = (t: string) => (types[t] ??= { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  const attr = (a: string) => (attributes[a] ??= { correct: 0, scored: 0, accuracy: 0, wrong: [] });
  for (const [k, [gs, ps]] of by) {
    const typ = k.split('\u0000')[1];
    const used = new Set<number>();
    for (const g of gs) {
      const hit = ps.findIndex((p, i) => !used.has(i) && overlap(g, p) && (!('value' in g) || sameValue(g.value, p.value)));
      if (hit < 0) {
        const upper = [...used].some((i) => ps[i].value_max != null && overlap(g, ps[i]) && (!('value' in g) || sameValue(g.value, ps[i].value_max)));
        if (upper) { if (!g.optional) count(typ).tp++; continue; }
        if (!g.optional) { count(typ).fn++; misses.push(g); }
        continue;
      }
      used.add(hit);
      if (g.optional) continue;
      count(typ).tp++;
      const p = ps[hit];
      for (const a of [...ENUMS, ...TEXTS]) {
        if (!(a in g)) continue;
        const s = attr(a);
        s.scored++;
        const ok = (ENUMS as readonly string[]).includes(a) ? ((p[a] === '' ? null : p[a] ?? null) === g[a]) : textMatch(g[a], p[a]);
        if (ok) s.correct++; else s.wrong.push(`${g.doc}:${g.line} ${g.text} ${a}: want ${JSON.stringify(g[a])} got ${JSON.stringify(p[a] ?? null)}`);
      }
    }
    ps.forEach((p, i) => {
      if (used.has(i) || gs.some((g) => g.optional && overlap(g, p))) return;
      count(typ).fp++; extras.push(p);
    });
  }
  for (const c of Object.values(types)) {
    c.precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    c.recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    c.f1 = c.precision + c.recall ? 2 * c.precision * c.recall / (c.precision + c.recall) : 0;
  }
  for (const s of Object.values(attributes)) s.accuracy = s.scored ? s.correct / s.scored : 0;
  return { types, attributes, misses, extras };
}

const readLines = (name: string) => readFileSync(fixture(name), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/**
 * Scores the library on fixtures/gold/NAME.gold.jsonl against its text, fixtures/BASE.txt or
 * fixtures/BASE.jsonl (items `{id, text}`, doc = id), as ../shared/tools/gold-report.py does.
 */
export function scoreGoldFile(goldName: string): Score {
  const gold = readLines(`gold/${goldName}`);
  const base = goldName.replace(/(\.recall|\.tables)?\.gold\.jsonl$/, '');
  let pred: MetricRecord[];
  try {
    const text = readFileSync(fixture(`${base}.txt`), 'utf8');
    pred = extract(text, { doc: `${base}.txt` });
  } catch {
    pred = readLines(`${base}.jsonl`).flatMap((o: { id: string; text: string }) => extract(o.text, { doc: o.id }));
  }
  return score(gold, pred as unknown as Rec[]);
}
