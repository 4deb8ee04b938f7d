/**
 * `cnmetrics serve`: the extractor behind a small HTTP server (node:http, as Duckling serves its
 * parser), kept warm, so an engine's partition or a notebook pays no process start-up and JIT
 * warm-up per call.
 *
 *   POST /extract   a text (text/plain, text/html) or a JSONL corpus (application/x-ndjson) in,
 *                   records as JSON (default) or JSON Lines out; the options of `cnmetrics
 *                   extract` as query parameters (src/serve/options.ts)
 *   GET  /health    {"status":"ok", …}
 *
 * Every refusal is a 4xx with a JSON body `{"error": "…"}`. Bodies over the size limit get 413.
 * Extraction runs on the event loop: one request at a time, others wait their turn.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extract } from '../pipeline.js';
import { formatSize } from '../input/read.js';
import { extractBody } from './extract-body.js';
import { RequestError, requestOptions } from './options.js';

export interface ServerOptions {
  /** Largest request body in bytes; larger ones get 413. */
  maxSize: number;
  /** Reported by /health. */
  version: string;
}

export interface ServeState {
  /** Requests received and not yet answered in full. */
  inflight: number;
  /** Requests answered since start. */
  served: number;
  /** Set on shutdown: every response then closes its connection. */
  closing: boolean;
  started: number;
}

/**
 * A refused body is still read to its end, and thrown away, up to this many bytes: a client that
 * is still sending when the answer comes would otherwise see its connection reset (EPIPE) and
 * lose the answer. Past it the connection is closed.
 */
const DRAIN_MAX = 64 * 1024 * 1024;

/** Read and discard the rest of a refused request's body (see DRAIN_MAX). */
function drain(req: IncomingMessage, already = 0): void {
  let n = already;
  req.on('data', (c: Buffer) => { n += c.length; if (n > DRAIN_MAX) req.socket.destroy(); });
  req.resume();
}

/** The body, up to `limit` bytes; a RequestError 413 past it (the rest is not kept). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let n = 0;
    let over = false;
    const onData = (c: Buffer) => {
      n += c.length;
      if (n <= limit) { chunks.push(c); return; }
      over = true; chunks.length = 0;
      req.off('data', onData);
      drain(req, n);
      reject(tooLarge(limit));
    };
    req.on('data', onData);
    req.on('end', () => { if (!over) resolve(Buffer.concat(chunks)); });
    req.on('error', (e) => { if (!over) reject(e); });
  });
}

const tooLarge = (limit: number) => new RequestError(413, `request body over the ${formatSize(limit)} limit (start the server with a larger --max-size, or send the corpus in parts)`);

/** The request handler, with the counters it keeps. */
export function createHandler(o: ServerOptions): { handle: (req: IncomingMessage, res: ServerResponse) => void; state: ServeState } {
  const state: ServeState = { inflight: 0, served: 0, closing: false, started: Date.now() };
  // Once stopping, every answer closes its connection, also one to a request that came before.
  const head = (res: ServerResponse, status: number, headers: Record<string, string>) =>
    res.writeHead(status, state.closing ? { ...headers, Connection: 'close' } : headers);
  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const s = JSON.stringify(body) + '\n';
    head(res, status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(s)), ...headers });
    res.end(s);
  };

  async function extractRoute(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const opts = requestOptions(url.searchParams, req.headers['content-type'], req.headers.accept);
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > o.maxSize) throw tooLarge(o.maxSize);
    const body = await readBody(req, o.maxSize);
    const r = await extractBody(body, opts);
    head(res, 200, {
      'Content-Type': r.contentType,
      'Content-Length': String(Buffer.byteLength(r.body)),
      'Cnmetrics-Records': String(r.records),
      'Cnmetrics-Failures': String(r.failures),
    });
    res.end(r.body);
  }

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    state.inflight++;
    res.on('close', () => { state.inflight--; state.served++; });
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      json(res, 400, { error: 'malformed request target' });
      return;
    }
    const method = req.method ?? 'GET';
    if (url.pathname === '/health') {
      if (method !== 'GET' && method !== 'HEAD') { json(res, 405, { error: `${method} /health: use GET` }, { Allow: 'GET, HEAD' }); return; }
      json(res, 200, { status: state.closing ? 'stopping' : 'ok', version: o.version, uptime_s: Math.round((Date.now() - state.started) / 1000), served: state.served, in_flight: state.inflight - 1, max_size: o.maxSize });
      return;
    }
    if (url.pathname !== '/extract') {
      json(res, 404, { error: `no such endpoint: ${url.pathname} (POST /extract, GET /health)` });
      return;
    }
    if (method !== 'POST') { json(res, 405, { error: `${method} /extract: POST the text or JSON Lines as the request body` }, { Allow: 'POST' }); return; }
    extractRoute(req, res, url).catch((e: unknown) => {
      if (res.headersSent) { res.destroy(); return; }
      if (e instanceof RequestError) {
        // A body refused before it was read: thrown away as it comes, unless it says it is huge.
        const declared = Number(req.headers['content-length']);
        const huge = Number.isFinite(declared) && declared > DRAIN_MAX;
        if (!req.complete && !req.readableFlowing) { if (huge) res.setHeader('Connection', 'close'); else drain(req); }
        json(res, e.status, { error: e.message, ...e.extra });
        return;
      }
      // a bug, not the client's fault: say so without a stack trace
      json(res, 500, { error: `internal error (please report it with this input): ${(e as Error)?.message ?? String(e)}` });
    });
  };
  return { handle, state };
}

/** Run the extractor a few times so the first request does not pay V8's compile of its hot paths. */
export function warmUp(): void {
  const text = '今年上半年，重庆高新区地区生产总值同比增长8.2%，签约项目47个，总投资额292亿元。\n全市规模以上工业增加值增长5.6%，增速比一季度提高0.5个百分点。';
  for (let k = 0; k < 20; k++) extract(text);
}

export interface Running {
  server: Server;
  state: ServeState;
  /** `http://host:port`, with the port chosen by the system when 0 was asked. */
  url: string;
  /**
   * Stop taking connections, let the requests in flight finish, then resolve `true`; after
   * `graceMs` the connections still open are cut and it resolves `false`.
   */
  shutdown(graceMs: number): Promise<boolean>;
}

/** Listen on host:port (port 0: any free port). */
export function startServer(host: string, port: number, o: ServerOptions): Promise<Running> {
  const { handle, state } = createHandler(o);
  const server = createServer(handle);
  // a keep-alive client (a Python session, an engine's connection pool) reuses its connection
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const a = server.address() as AddressInfo;
      const h = a.family === 'IPv6' ? `[${a.address}]` : a.address;
      resolve({
        server, state, url: `http://${h}:${a.port}`,
        shutdown: (graceMs) => new Promise((done) => {
          state.closing = true;
          const timer = setTimeout(() => { server.closeAllConnections(); done(false); }, graceMs);
          server.close(() => { clearTimeout(timer); done(true); });
          server.closeIdleConnections();
        }),
      });
    });
  });
}

/** Loopback addresses: the only ones the server listens on unless told otherwise. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || host === '::1' || host === '[::1]';
}
