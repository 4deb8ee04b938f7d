import { describe, expect, it } from 'vitest';
import { scoreGoldFile } from './gold-score.js';

/**
 * Floors per gold file (fixtures/gold, copies of ../shared/gold), scored as
 * ../shared/tools/gold-report.py scores them. A floor only ever rises: it is the measured
 * figure when it was last raised, and the target where the target is met.
 * Targets (issues 11, 12, 13): detection F1 ≥ .97 per type; indicator, item ≥ .90;
 * period, region ≥ .95; trend, basis, approx ≥ .97; fewfc recall ≥ .98; tables F1 ≥ .95.
 *
 * Each group of lines below belongs to one kind of work (kept apart so that raising one
 * group never touches another's lines).
 */
interface Floors {
  /** detection: F1 per type (recall for a *.recall.gold.jsonl file) */
  detect: Record<string, number>;
  // context attributes
  period?: number; region?: number; basis?: number; trend?: number; approx?: number;

  // words attributes
  indicator?: number; item?: number;

  unit?: number;
}

const FLOORS: Record<string, Floors> = {
  'gaoxin-zones-2024.gold.jsonl': {
    detect: { percent: 1, amount: 1, count: 1 },
    period: 1, region: 1, basis: 1, trend: 1, approx: 1,

    indicator: 1, item: 1,

    unit: 1,
  },
  'gov-work-report-beijing-2026.gold.jsonl': {
    detect: { percent: 1, amount: 1, count: 1 },
    period: 1, region: 0.98, basis: 1, trend: 1, approx: 0.99,

    indicator: 0.98, item: 0.98,

    unit: 1,
  },
  'stats-communique-luoyang-2023.gold.jsonl': {
    detect: { percent: 1, amount: 1, count: 1 },
    period: 1, region: 1, basis: 1, trend: 1, approx: 1,

    indicator: 1, item: 1,

    unit: 1,
  },
  'stats-analysis-daqing.gold.jsonl': {
    detect: { percent: 1, amount: 1, count: 1 },
    period: 0.98, region: 1, basis: 1, trend: 1, approx: 1,

    indicator: 0.96, item: 1,

    unit: 1,
  },
  'finance-news-fincuge-30.gold.jsonl': {
    detect: { percent: 1, amount: 1, count: 1 },
    period: 0.96, region: 1, basis: 1, trend: 0.98, approx: 0.98,

    indicator: 0.95, item: 0.96,

    unit: 1,
  },
  'finance-announcements-fewfc-dev.recall.gold.jsonl': {
    detect: { percent: 1, amount: 0.99 },
  },
  'stats-communique-zhoukou-2023.tables.gold.jsonl': {
    // table cells (issue 13): every attribute is read from the table's layout, not from prose
    detect: { percent: 1, count: 1 },
    period: 1, region: 1, basis: 1, trend: 1, approx: 1,

    indicator: 1, item: 1,

    unit: 1,
  },
};

describe('gold floors', () => {
  for (const [file, floors] of Object.entries(FLOORS)) {
    describe(file, () => {
      const s = scoreGoldFile(file);
      const recallOnly = file.includes('.recall.');
      for (const [type, floor] of Object.entries(floors.detect)) {
        it(`${recallOnly ? 'recall' : 'F1'} of ${type} ≥ ${floor}`, () => {
          const t = s.types[type];
          const got = t ? (recallOnly ? t.recall : t.f1) : 0;
          const misses = s.misses.filter((g) => g.type === type).map((g) => `miss ${g.doc}:${g.line} ${g.text}`);
          const extras = recallOnly ? [] : s.extras.filter((p) => p.type === type).map((p) => `extra ${p.doc}:${p.line} ${p.text}`);
          expect(got, [...misses, ...extras].slice(0, 30).join('; ')).toBeGreaterThanOrEqual(floor);
        });
      }
      for (const [attr, floor] of Object.entries(floors)) {
        if (attr === 'detect' || typeof floor !== 'number') continue;
        it(`${attr} accuracy ≥ ${floor}`, () => {
          const a = s.attributes[attr];
          expect(a?.accuracy ?? 0, a?.wrong.slice(0, 30).join('\n')).toBeGreaterThanOrEqual(floor);
        });
      }
    });
  }
});
