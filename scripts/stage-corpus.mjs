#!/usr/bin/env node
/**
 * A JSON Lines corpus for the scale-out recipes (README, "Scale-out"): the news fixtures copied
 * until the file reaches SIZE, digits varied per copy so no two copies are the same text, each
 * record with `id`, `date`, `kind` and `url`; every seventh record has no id (it is named by
 * the hash of its text). With --bad, one line in the middle is not JSON.
 *   node scripts/stage-corpus.mjs OUT.jsonl 40M [--bad]
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [out, sizeArg = '40M', ...flags] = process.argv.slice(2);
if (!out) { console.error('usage: node scripts/stage-corpus.mjs OUT.jsonl SIZE [--bad]'); process.exit(2); }
const m = /^(\d+)([KMG]?)$/i.exec(sizeArg);
const bytes = Number(m[1]) * { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[m[2].toUpperCase()];

const read = (f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const src = [...read('news-econ-2023.jsonl'), ...read('finance-news-fincuge-30.jsonl')];

/** Copy k of a text: every digit shifted by a per-copy, per-position amount (as scripts/bench.ts). */
function vary(text, k) {
  let x = (k * 2654435761) >>> 0;
  return text.replace(/[0-9]/g, (d) => {
    x = (x * 1103515245 + 12345) >>> 0;
    return String((d.charCodeAt(0) - 48 + (x >>> 16)) % 10);
  });
}

const fd = openSync(out, 'w');
let n = 0, lines = 0, bad = flags.includes('--bad');
for (let k = 0; n < bytes; k++) {
  const s = src[k % src.length];
  const copy = Math.floor(k / src.length);
  const rec = {
    ...(k % 7 === 3 ? {} : { id: `${s.id}#${copy}` }),
    date: s.date ?? '2023-01-01', kind: s.kind ?? 'finance', url: `https://example.com/news/${k}`,
    text: copy === 0 ? s.text : vary(s.text, k),
  };
  let line = JSON.stringify(rec) + '\n';
  if (bad && n >= bytes / 2) { line = '{"id": "cut-off", "text": "今年上半年\n' + line; bad = false; lines++; }
  const buf = Buffer.from(line, 'utf8');
  writeSync(fd, buf);
  n += buf.length;
  lines++;
}
closeSync(fd);
console.error(`${out}: ${lines} lines, ${(n / 1024 / 1024).toFixed(1)} MiB`);
