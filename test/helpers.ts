import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const fixture = (name: string) => join(ROOT, 'fixtures', name);
export const readFixture = (name: string) => readFileSync(fixture(name), 'utf8');

export interface GoldRecord {
  doc: string; type: string; text: string; start: number; end: number; line: number;
  value: number; unit: string; optional?: boolean; [k: string]: unknown;
}
export function readGold(name: string): GoldRecord[] {
  return readFixture(name).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * The sample's figures a summary total must not add again, read off the article: 珠海's headline
 * (line 71) is restated in the lead (75) and the body (77, 此次签约的10个项目…); 重庆's line 25 and
 * 合肥's line 103 give a 其中 part of the figure before it. [text, line, what the summary says]
 */
export const SAMPLE_NOT_ADDED: Array<[string, number, string]> = [
  ['12亿元', 75, 'restates line 71'], ['12亿元', 77, 'restates line 71'], ['10个', 75, 'restates line 71'], ['10个', 77, 'restates line 71'],
  ['50亿元', 25, 'part of 514亿元'], ['5个', 25, 'part of 47个'], ['10个', 103, 'part of 12个'],
];
/** A gold record of the sample that a summary total adds. */
export const addedInSummary = (g: GoldRecord): boolean => !SAMPLE_NOT_ADDED.some(([text, line]) => g.text === text && g.line === line);
