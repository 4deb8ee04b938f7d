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
