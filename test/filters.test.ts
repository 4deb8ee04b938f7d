import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, fixture, readFixture } from './helpers.js';
import type { MetricType } from '../src/types.js';

// A filter picks rows; it must never change them. Attribution reads the figures around a mention
// (32个重点项目投资完成率 measures 投资完成率 because the count before it is seen), so a filtered
// run that scanned only some types used to give different indicators.
describe('filters keep records unchanged', () => {
  const texts = ['gaoxin-zones-2024.txt', 'gov-work-report-zhejiang-2026.txt', 'stats-communique-zhoukou-2023.txt'];
  const choices: MetricType[][] = [['percent'], ['amount'], ['count'], ['percent', 'amount'], ['amount', 'count']];
  for (const name of texts) {
    it(`-t gives the full output's rows of those types: ${name}`, () => {
      const text = readFixture(name);
      const full = extract(text, { doc: name });
      for (const types of choices) {
        expect(extract(text, { doc: name, types })).toEqual(full.filter((r) => types.includes(r.type)));
      }
    });
  }

  it('the case from the issue: 投资完成率 with -t percent', () => {
    const s = '32个重庆市级重点项目投资完成率达到65.3%。';
    const [p] = extract(s, { types: ['percent'] });
    expect(p.indicator).toBe(extract(s).find((r) => r.type === 'percent')!.indicator);
    expect(p.indicator).toBe('投资完成率');
  });
});

describe('filters keep records unchanged, through the CLI', () => {
  const BIN = join(ROOT, 'bin', 'cnmetrics.js');
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, '-f', 'jsonl', '-q', ...args, fixture('gov-work-report-zhejiang-2026.txt')], { encoding: 'utf8' });
  const lines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const full = lines(run([]).stdout);

  it('-t and --item keep the full output\'s rows, unchanged and in order', () => {
    expect(lines(run(['-t', 'percent,count']).stdout)).toEqual(full.filter((r) => r.type !== 'amount'));
    const projects = lines(run(['-t', 'count', '--item', '项目']).stdout);
    expect(projects.length).toBeGreaterThan(3);
    expect(projects).toEqual(full.filter((r) => r.type === 'count' && r.item?.includes('项目')));
  });
});
