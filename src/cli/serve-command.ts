/**
 * `cnmetrics serve`: run the extractor as a local HTTP server (src/serve). The address it listens
 * on is printed on stderr once it does (`cnmetrics: serving on http://127.0.0.1:8000 …`), so a
 * caller that asked for port 0 reads the port the system chose from there.
 */
import { Command, CommanderError, Option } from 'commander';
import { parseSize } from '../input/read.js';
import { isLoopback, startServer, warmUp } from '../serve/server.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, commandDefaults, warn } from './common.js';
import { VERSION } from './version.js';

export const DEFAULT_PORT = 8000;
export const DEFAULT_MAX_BODY = 32 * 1024 * 1024;

interface ServeCliOptions { host: string; port: number; maxSize: number; grace: number }

const usage = (m: string) => new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', `error: ${m}`);

export function serveCommand(): Command {
  return commandDefaults(new Command('serve'))
    .description('serve extraction over HTTP on this machine: POST /extract, GET /health')
    .addOption(new Option('--host <address>', 'address to listen on (loopback by default; any other exposes the server, which has no authentication)').default('127.0.0.1'))
    .addOption(new Option('--port <n>', 'port to listen on; 0 picks a free one').argParser((v: string) => {
      if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) throw usage(`--port takes a port number 0-65535, not "${v}"`);
      return Number(v);
    }).default(DEFAULT_PORT))
    .addOption(new Option('--max-size <size>', 'largest request body; larger ones get 413').argParser((v: string) => {
      const n = parseSize(v);
      if (n === null) throw usage(`--max-size takes a size such as 32M or 1G, not "${v}"`);
      return n;
    }).default(DEFAULT_MAX_BODY, '32M'))
    .addOption(new Option('--grace <seconds>', 'on SIGTERM/SIGINT, how long requests in flight may take to finish').argParser((v: string) => {
      if (!/^\d+(\.\d+)?$/.test(v)) throw usage(`--grace takes a number of seconds, not "${v}"`);
      return Number(v);
    }).default(10))
    .addHelpText('after', `
Examples:
  cnmetrics serve --port 8000 &
  curl -s --data-binary @article.txt -H 'Content-Type: text/plain' 'http://127.0.0.1:8000/extract?type=amount'
  curl -s --data-binary @corpus.jsonl -H 'Content-Type: application/x-ndjson' \\
       'http://127.0.0.1:8000/extract?format=jsonl&keep=date,url&on-error=record'
  curl -s http://127.0.0.1:8000/health

Query parameters are extract's options by name: type, item, fields, year, keep, input-format,
text-field, id-field, on-error, encoding, format (json or jsonl), doc (the name of a text).
SIGTERM or SIGINT stops taking requests, lets those in flight finish, and exits 0.`)
    .action(async (o: ServeCliOptions) => {
      process.exitCode = await runServe(o);
    });
}

async function runServe(o: ServeCliOptions): Promise<number> {
  warmUp();
  let running;
  try {
    running = await startServer(o.host, o.port, { maxSize: o.maxSize, version: VERSION });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    warn(`cannot listen on ${o.host}:${o.port}: ${err.code === 'EADDRINUSE' ? 'address already in use' : err.code === 'EACCES' ? 'permission denied' : err.message}`);
    return EXIT_INPUT;
  }
  if (!isLoopback(o.host)) warn(`listening on ${o.host}: every machine that can reach it can use it (there is no authentication)`);
  warn(`serving on ${running.url} (POST /extract, GET /health; Ctrl-C or SIGTERM stops)`);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (sig: NodeJS.Signals) => {
      if (stopping) return; // a second signal changes nothing: the grace period bounds the wait
      stopping = true;
      const n = running.state.inflight;
      warn(`${sig}: stopping${n ? `, finishing ${n} request${n > 1 ? 's' : ''} in flight` : ''}`);
      running.shutdown(o.grace * 1000).then((clean) => {
        if (!clean) warn(`connections still open after ${o.grace} s were closed`);
        for (const s of ['SIGTERM', 'SIGINT'] as const) process.removeListener(s, stop);
        resolve(clean ? EXIT_OK : 1);
      });
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
