#!/usr/bin/env node
/**
 * The acceptance check of `cnmetrics serve` (issue 15), too long for the unit suite:
 *   1. N sequential requests (default 1,000) of the sample article, each answer byte-identical
 *      to `cnmetrics -f jsonl` (and, every tenth, to `-f json`) on the same file;
 *   2. 50 concurrent clients, each posting different documents of the news corpus (as text and
 *      as JSON Lines), each answer equal to the CLI's records for those documents;
 *   3. SIGTERM with a request in flight: that request is answered, then the server exits 0.
 * Everything talks to 127.0.0.1 only. Run after `npm run build`:
 *   node scripts/serve-check.mjs [N]
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'cnmetrics.js');
const SAMPLE = 'fixtures/gaoxin-zones-2024.txt';
const N = Number(process.argv[2] ?? 1000);
const cli = (args, input) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`cnmetrics ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
};
const fail = (m) => { console.error(`FAIL: ${m}`); process.exitCode = 1; };

const server = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
const base = await new Promise((resolve, reject) => {
  server.stderr.setEncoding('utf8');
  server.stderr.on('data', (s) => { stderr += s; const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr); if (m) resolve(m[1]); });
  server.on('exit', (c) => reject(new Error(`server exited ${c}: ${stderr}`)));
});
const exited = new Promise((resolve) => server.on('exit', (code, sig) => resolve({ code, sig })));

const post = async (path, body, type) => {
  const r = await fetch(base + path, { method: 'POST', body, headers: { 'Content-Type': type } });
  return { status: r.status, text: await r.text() };
};

// 1. sequential
const sample = readFileSync(join(ROOT, SAMPLE));
const wantJsonl = cli(['-f', 'jsonl', SAMPLE]);
const wantJson = cli(['-f', 'json', SAMPLE]);
let t0 = performance.now();
let same = 0;
for (let k = 0; k < N; k++) {
  const json = k % 10 === 9;
  const r = await post(`/extract?doc=${encodeURIComponent(SAMPLE)}${json ? '' : '&format=jsonl'}`, sample, 'text/plain; charset=utf-8');
  if (r.status === 200 && r.text === (json ? wantJson : wantJsonl)) same++;
  else if (same === k) fail(`request ${k + 1}: status ${r.status}, body differs from the CLI's`);
}
const seqMs = performance.now() - t0;
console.log(`sequential: ${same}/${N} answers byte-identical to the CLI (${wantJsonl.split('\n').length - 1} records each), ${(seqMs / N).toFixed(1)} ms a request, ${(seqMs / 1000).toFixed(1)} s in all`);
if (same !== N) fail(`${N - same} sequential answers differ`);

// 2. concurrent: the corpus's documents, the CLI's records for each as the reference
const corpus = readFileSync(join(ROOT, 'fixtures/news-econ-2023.jsonl'), 'utf8').trim().split('\n');
const byDoc = new Map();
for (const l of cli(['--input-format', 'jsonl', '-f', 'jsonl', '--keep', 'date'], corpus.join('\n')).split('\n').filter(Boolean)) {
  const d = JSON.parse(l).doc;
  byDoc.set(d, (byDoc.get(d) ?? '') + l + '\n');
}
const docs = corpus.map((l) => JSON.parse(l));
const CLIENTS = 50, PER_CLIENT = 10;
t0 = performance.now();
let ok = 0, total = 0;
await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
  for (let k = 0; k < PER_CLIENT; k++) {
    total++;
    const d = docs[(c * PER_CLIENT + k) % docs.length];
    const want = byDoc.get(d.id) ?? '';
    let r;
    if ((c + k) % 2 === 0) {
      // the text alone; without keep, the records lack the kept date
      r = await post(`/extract?format=jsonl&doc=${encodeURIComponent(d.id)}`, d.text, 'text/plain');
      const strip = want.split('\n').filter(Boolean).map((l) => { const { date: _d, ...x } = JSON.parse(l); return JSON.stringify(x) + '\n'; }).join('');
      if (r.status === 200 && r.text === strip) ok++; else fail(`client ${c} doc ${d.id}: status ${r.status}`);
    } else {
      r = await post('/extract?format=jsonl&keep=date', JSON.stringify(d) + '\n', 'application/x-ndjson');
      if (r.status === 200 && r.text === want) ok++; else fail(`client ${c} jsonl ${d.id}: status ${r.status}`);
    }
  }
}));
const conMs = performance.now() - t0;
console.log(`concurrent: ${CLIENTS} clients x ${PER_CLIENT} requests: ${ok}/${total} answers equal to the CLI's, ${(conMs / 1000).toFixed(1)} s in all`);
if (ok !== total) fail('concurrent answers differ');

// 3. SIGTERM with a request in flight: headers and half the body sent, the signal, then the rest
const url = new URL(base + '/extract?format=jsonl&doc=' + encodeURIComponent(SAMPLE));
const inflight = new Promise((resolve, reject) => {
  const req = request(url, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Content-Length': sample.length } }, (res) => {
    let s = '';
    res.setEncoding('utf8');
    res.on('data', (x) => { s += x; });
    res.on('end', () => resolve({ status: res.statusCode, text: s }));
  });
  req.on('error', reject);
  req.write(sample.subarray(0, 1000));
  setTimeout(() => { server.kill('SIGTERM'); setTimeout(() => req.end(sample.subarray(1000)), 300); }, 200);
});
const last = await inflight;
const { code, sig } = await exited;
console.log(`shutdown: the request in flight got ${last.status}${last.text === wantJsonl ? ' with the CLI\'s records' : ' WRONG BODY'}; server exited with ${sig ?? code}`);
if (last.status !== 200 || last.text !== wantJsonl || code !== 0) fail('graceful shutdown');
console.log(process.exitCode ? 'serve-check: FAILED' : 'serve-check: all passed');
