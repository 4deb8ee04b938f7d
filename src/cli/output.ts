/**
 * Where output goes: stdout, or a file written to a temporary name beside it and renamed
 * only on success, so an interrupted run never leaves a partial file.
 */
import { closeSync, fstatSync, openSync, readlinkSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { CommanderError } from 'commander';
import { basename, dirname, extname, join } from 'node:path';
import type { OutputFormat } from '../format/index.js';
import { EXIT_USAGE } from './common.js';
import { fsReason } from '../input/collect.js';

/**
 * The output could not be written (a full disk, a read-only or vanished file system): the
 * user's environment, not a bug, so main reports it in one plain line with exit status 2.
 */
export class OutputError extends Error {
  constructor(readonly where: string, cause: unknown) {
    super(`${where}: cannot write: ${fsReason(cause)}`);
  }
}

/** Text, or text already encoded as UTF-8 (rows from a worker thread). */
export interface Sink { write(s: string | Uint8Array): void; close(ok: boolean): void }

export function stdoutSink(): Sink {
  return {
    write(s) { if (s.length) writeAll(1, s, 'standard output'); },
    close() {},
  };
}

export function fileSink(path: string): Sink {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd = -1;
  let open = true;
  const cleanup = () => {
    if (!open) return;
    open = false;
    if (fd >= 0) { try { closeSync(fd); } catch { /* closed */ } }
    try { unlinkSync(tmp); } catch { /* already gone, or never made */ }
  };
  // Ctrl-C, kill or a closed terminal would end the process without 'exit' handlers: remove the
  // temporary file, then die of the same signal so the shell sees what happened (status 128+n).
  // The handlers go in before the file is made: a signal between the two would leave it behind.
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const onSignal = (sig: NodeJS.Signals) => { cleanup(); detach(); process.kill(process.pid, sig); };
  const detach = () => { for (const sg of signals) process.removeListener(sg, onSignal); process.removeListener('exit', cleanup); };
  for (const sg of signals) process.on(sg, onSignal);
  process.once('exit', cleanup);
  try { fd = openSync(tmp, 'w'); } catch (e) { open = false; detach(); throw new OutputError(path, e); }
  return {
    write(s) { if (s.length) writeAll(fd, s, path); },
    close(ok) {
      if (!open) return;
      detach();
      open = false;
      try { closeSync(fd); } catch (e) { if (ok) { try { unlinkSync(tmp); } catch { /* gone */ } throw new OutputError(path, e); } }
      if (!ok) { try { unlinkSync(tmp); } catch { /* gone */ } return; }
      try { renameSync(tmp, path); } catch (e) { try { unlinkSync(tmp); } catch { /* gone */ } throw new OutputError(path, e); }
    },
  };
}

/** Synchronous writes keep output order and memory bounded; EAGAIN on a pipe is retried. */
function writeAll(fd: number, s: string | Uint8Array, where: string): void {
  let buf = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
  while (buf.length > 0) {
    let n: number;
    try {
      n = writeSync(fd, buf);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); continue; }
      if (code === 'EPIPE') { process.exit(0); }   // reader went away (| head): nothing more to say
      throw new OutputError(where, e);
    }
    buf = buf.subarray(n);
  }
}

/** `-o` extensions that name a format, so `-o m.csv` writes CSV without `-f csv`. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, OutputFormat>> = {
  '.csv': 'csv', '.tsv': 'tsv', '.tab': 'tsv', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.md': 'md', '.markdown': 'md',
};

/**
 * Names of spreadsheet workbooks. cnmetrics writes text; Excel and LibreOffice refuse a text file
 * under such a name ("the file format or extension is not valid"), so `-o metrics.xlsx` — a
 * newcomer's first try at "a spreadsheet" — is a usage error that points at CSV instead.
 */
export const WORKBOOK_EXTENSIONS: readonly string[] = ['.xlsx', '.xlsm', '.xlsb', '.xls', '.ods', '.numbers'];

/** The -o argument parser: the path as given; a workbook name throws a usage error (exit 2). */
export function parseOutputOption(value: string): string {
  const ext = extname(value).toLowerCase();
  if (WORKBOOK_EXTENSIONS.includes(ext)) {
    const csv = value.slice(0, value.length - ext.length) + '.csv';
    throw new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument',
      `error: -o ${value}: cnmetrics cannot write a ${ext} workbook; write CSV, which Excel opens with Chinese intact: --bom -o ${csv}`);
  }
  return value;
}

/** Where output goes: null is standard output (no -o, or `-o -`, as for inputs). */
export function outputPath(output: string | undefined): string | null {
  return output === undefined || output === '-' ? null : output;
}

/**
 * The output format: -f; else the extension of -o (`m.csv` → csv); else a table on a terminal
 * and TSV for a pipe or a file of another extension.
 */
export function outputFormat(format: OutputFormat | undefined, output: string | undefined): OutputFormat {
  if (format) return format;
  const path = outputPath(output);
  if (path !== null) return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? 'tsv';
  return process.stdout.isTTY ? 'table' : 'tsv';
}

/**
 * A note for `cnmetrics a.txt > metrics.csv`: with no -f and no -o, a redirected stdout gets TSV
 * (as documented, like gh), which a spreadsheet opens as one column. The shell keeps the file's
 * name from the program, but on Linux /proc/self/fd/1 shows it: when its extension names another
 * format, say what was written and how to get the named one. Null elsewhere (a pipe, a terminal,
 * no /proc, a .tsv or unknown extension, -f or -o given).
 */
export function redirectNote(chosen: OutputFormat | undefined, output: string | undefined, written: OutputFormat): string | null {
  if (chosen || output !== undefined) return null;
  let name: string;
  try {
    if (!fstatSync(1).isFile()) return null;
    name = readlinkSync('/proc/self/fd/1');
  } catch { return null; }
  const named = FORMAT_BY_EXTENSION[extname(name).toLowerCase()];
  if (named === undefined || named === written) return null;
  return `wrote ${written} to ${basename(name)} (stdout is ${written} unless -f says otherwise); for ${named}: -f ${named}, or -o ${basename(name)}`;
}

const identity = (path: string): string | null => {
  try { const st = statSync(path); return `${st.dev}:${st.ino}`; } catch { return null; }
};

/**
 * Guards for -o: `clobbers` names an input the output file would overwrite (it is replaced by
 * a rename, so the input would be lost, not merely truncated); `isOutput` tells a walk to skip
 * the output file, so a second run over the same folder does not read its own output.
 */
export function outputGuard(output: string | undefined): { isOutput: (path: string) => boolean; clobbers: (inputs: readonly { path: string | null }[]) => string | null } {
  const path = outputPath(output);
  const id = path === null ? null : identity(path);
  const isOutput = (p: string) => id !== null && identity(p) === id;
  return {
    isOutput,
    clobbers: (inputs) => inputs.find((i) => i.path !== null && isOutput(i.path))?.path ?? null,
  };
}
