/**
 * `cnmetrics serve`: a real server process on a free loopback port, called over HTTP. Answers are
 * compared with the CLI's output for the same input. The 1,000-request run is
 * scripts/serve-check.mjs; this suite keeps a shorter one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { ROOT, fixture, readFixture } from './helpers.js';

const BIN = join(ROOT, 'bin', 'cnmetrics.js');
const SAMPLE = fixture('gaoxin-zones-2024.txt');

function cli(args: string[], input = '') {
  // a timeout: a `serve` that started by mistake would otherwise never end
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Server { proc: ChildProcess; base: string; stderr: () => string; exited: Promise<number | null> }

/** Start `cnmetrics serve --port 0`, and read the port it chose from its stderr line. */
async function startServer(args: string[] = []): Promise<Server> {
  const proc = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const base = await new Promise<string>((resolve, reject) => {
    proc.stderr!.setEncoding('utf8');
    proc.stderr!.on('data', (s: string) => {
      err += s;
      const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (c) => reject(new Error(`serve exited ${c}: ${err}`)));
  });
  return { proc, base, stderr: () => err, exited };
}

async function post(base: string, path: string, body: string | Buffer, type?: string) {
  const r = await fetch(base + path, { method: 'POST', body, headers: type ? { 'Content-Type': type } : {} });
  return { status: r.status, type: r.headers.get('content-type'), headers: r.headers, text: await r.text() };
}

describe('cnmetrics serve', () => {
  let s: Server;
  const sample = readFixture('gaoxin-zones-2024.txt');
  const wantJsonl = cli(['-f', 'jsonl', SAMPLE]).stdout;

  beforeAll(async () => { s = await startServer(['--max-size', '100K']); });
  afterAll(async () => { s.proc.kill('SIGTERM'); await s.exited; });

  it('GET /health says ok', async () => {
    const r = await fetch(s.base + '/health');
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: 'ok', version: expect.any(String) });
  });

  it('answers 200 sequential requests on the sample article with the CLI\'s records, byte for byte', async () => {
    const wantJson = cli(['-f', 'json', SAMPLE]).stdout;
    const path = `/extract?doc=${encodeURIComponent(SAMPLE)}`;
    let same = 0;
    for (let k = 0; k < 200; k++) {
      const json = k % 4 === 3;
      const r = await post(s.base, path + (json ? '' : '&format=jsonl'), sample, 'text/plain; charset=utf-8');
      if (r.status === 200 && r.text === (json ? wantJson : wantJsonl)) same++;
    }
    expect(same).toBe(200);
  }, 60_000);

  it('takes the options of extract as query parameters', async () => {
    const args = ['-t', 'count', '--item', '项目', '--fields', 'doc,text,value,item', '--year', '2024'];
    const want = cli(['-f', 'jsonl', ...args], sample).stdout;
    const r = await post(s.base, '/extract?type=count&item=' + encodeURIComponent('项目') + '&fields=doc,text,value,item&year=2024&format=jsonl', sample, 'text/plain');
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^application\/x-ndjson/);
    expect(r.headers.get('cnmetrics-records')).toBe(String(want.split('\n').length - 1));
    expect(r.text).toBe(want);
    // JSON Lines in (by content type or by parameter), kept fields, nameless records, error records
    const corpus = readFixture('news-econ-2023.jsonl').trim().split('\n').slice(0, 20);
    corpus[4] = '{"broken": ';
    const body = corpus.join('\n') + '\n';
    const wantCorpus = cli(['--input-format', 'jsonl', '-f', 'jsonl', '--keep', 'date,kind', '--on-error', 'record'], body).stdout;
    const j = await post(s.base, '/extract?keep=date,kind&on-error=record&format=jsonl', body, 'application/x-ndjson');
    expect(j.status).toBe(200);
    expect(j.text).toBe(wantCorpus);
    expect(j.text).toMatch(/"error":"not valid JSON/);
    const p = await post(s.base, '/extract?input-format=jsonl&keep=date,kind&on-error=record&format=jsonl', body);
    expect(p.text).toBe(wantCorpus);
    // the default on-error (report) refuses the request, naming the bad line
    const rep = await post(s.base, '/extract', body, 'application/x-ndjson');
    expect(rep.status).toBe(422);
    expect(JSON.parse(rep.text)).toMatchObject({ error: expect.stringMatching(/1 line could not be read/), failures: [{ doc: '-', line: 5 }] });
    const skip = await post(s.base, '/extract?on-error=skip&keep=date,kind&format=jsonl', body, 'application/x-ndjson');
    expect(skip.text).toBe(wantCorpus.split('\n').filter((l) => !l.includes('"error"')).join('\n'));
  });

  it('50 concurrent clients each get their own document\'s records', async () => {
    const docs = readFixture('news-econ-2023.jsonl').trim().split('\n').slice(0, 50).map((l) => JSON.parse(l) as { id: string; text: string });
    const all = cli(['--input-format', 'jsonl', '-f', 'jsonl'], docs.map((d) => JSON.stringify(d)).join('\n')).stdout;
    const want = new Map<string, string>();
    for (const l of all.split('\n').filter(Boolean)) { const d = JSON.parse(l).doc as string; want.set(d, (want.get(d) ?? '') + l + '\n'); }
    const answers = await Promise.all(docs.map((d, i) => i % 2
      ? post(s.base, `/extract?format=jsonl&doc=${encodeURIComponent(d.id)}`, d.text, 'text/plain')
      : post(s.base, '/extract?format=jsonl', JSON.stringify(d), 'application/x-ndjson')));
    answers.forEach((r, i) => {
      expect(r.status).toBe(200);
      expect(r.text, docs[i].id).toBe(want.get(docs[i].id) ?? '');
    });
  }, 30_000);

  it('refuses with a 4xx and a JSON body saying why', async () => {
    const cases: Array<[string, RequestInit, number, RegExp]> = [
      ['/nowhere', {}, 404, /no such endpoint/],
      ['/extract', {}, 405, /POST/],
      ['/health', { method: 'POST', body: 'x' }, 405, /GET/],
      ['/extract?type=money', { method: 'POST', body: 'x' }, 400, /unknown type "money"/],
      ['/extract?year=24', { method: 'POST', body: 'x' }, 400, /four-digit year/],
      ['/extract?fields=doc,colour', { method: 'POST', body: 'x' }, 400, /unknown field "colour"/],
      ['/extract?keep=date', { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain' } }, 400, /JSON Lines/],
      ['/extract?keep=text&input-format=jsonl', { method: 'POST', body: 'x' }, 400, /"text" is a field/],
      ['/extract?tpye=count', { method: 'POST', body: 'x' }, 400, /unknown query parameter "tpye"/],
      ['/extract?format=xml', { method: 'POST', body: 'x' }, 400, /json or jsonl/],
      ['/extract', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } }, 415, /application\/x-ndjson/],
      ['/extract', { method: 'POST', body: 'x', headers: { 'Content-Type': 'text/plain; charset=klingon' } }, 415, /unknown encoding/],
      ['/extract', { method: 'POST', body: Buffer.from('%PDF-1.7\n%binary'), headers: { 'Content-Type': 'application/octet-stream' } }, 422, /PDF/],
    ];
    for (const [path, init, status, msg] of cases) {
      const r = await fetch(s.base + path, init);
      expect(r.status, path).toBe(status);
      expect(r.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect((await r.json() as { error: string }).error, path).toMatch(msg);
    }
  });

  it('413 for a body over --max-size, declared or streamed, and goes on serving', async () => {
    const big = Buffer.alloc(150 * 1024, 'a');
    const declared = await post(s.base, '/extract', big, 'text/plain');
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.text).error).toMatch(/over the 100 KiB limit/);
    // chunked: no length up front, refused once the limit is passed
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(s.base + '/extract', { method: 'POST', headers: { 'Content-Type': 'text/plain' } }, (res) => {
        let b = ''; res.setEncoding('utf8'); res.on('data', (x) => { b += x; }); res.on('end', () => resolve({ status: res.statusCode!, body: b }));
      });
      req.on('error', reject);
      const piece = Buffer.alloc(16 * 1024, 'b');
      let n = 0;
      const more = () => { if (n++ < 8 && !req.destroyed) req.write(piece, more); else req.end(); };
      more();
    });
    expect(streamed.status).toBe(413);
    expect((await post(s.base, '/extract?format=jsonl', '签约项目47个', 'text/plain')).text).toMatch(/"text":"47个"/);
  });

  it('SIGTERM: the request in flight is answered, new ones are not taken, exit 0', async () => {
    const t = await startServer();
    const body = Buffer.from(sample);
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(t.base + '/extract?format=jsonl&doc=' + encodeURIComponent(SAMPLE), { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Content-Length': body.length } }, (res) => {
        let b = ''; res.setEncoding('utf8'); res.on('data', (x) => { b += x; }); res.on('end', () => resolve({ status: res.statusCode!, text: b }));
      });
      req.on('error', reject);
      // half the body; once the server counts the request in flight, the signal; once it has
      // seen the signal, the rest
      req.write(body.subarray(0, 2000));
      const started = async () => {
        const h = await (await fetch(t.base + '/health')).json() as { in_flight: number };
        if (h.in_flight < 1) { setTimeout(started, 20); return; }
        t.proc.kill('SIGTERM');
        const wait = setInterval(() => {
          if (!/SIGTERM: stopping/.test(t.stderr())) return;
          clearInterval(wait);
          req.end(body.subarray(2000));
        }, 20);
      };
      started().catch(reject);
    });
    const r = await answer;
    expect(r.status).toBe(200);
    expect(r.text).toBe(wantJsonl);
    expect(t.stderr()).toMatch(/finishing 1 request in flight/);
    expect(await t.exited).toBe(0);
    await expect(fetch(t.base + '/health')).rejects.toThrow();
  }, 20_000);

  it('refuses a port in use (status 2) and bad options (usage, status 2)', async () => {
    const port = new URL(s.base).port;
    const r = cli(['serve', '--port', port]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/address already in use/);
    expect(cli(['serve', '--port', '70000']).code).toBe(2);
    expect(cli(['serve', '--max-size', 'lots']).code).toBe(2);
  });
});
