/**
 * A progress bar on stderr for long runs.
 *
 * Shown only when stderr is a terminal and the run is long (more than PROGRESS_MIN_FILES
 * files or PROGRESS_MIN_BYTES bytes): a pipe, a log file or `--quiet` get nothing, so scripts
 * never see carriage returns in their stderr. Hand-written: a dependency for one line of
 * output would cost more startup time than it saves code.
 */
import { statSync } from 'node:fs';
import type { InputRef } from '../input/collect.js';
import type { ReadResult } from '../input/read.js';

export const PROGRESS_MIN_FILES = 20;
export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;
const REDRAW_MS = 100;

export interface ProgressStream { isTTY?: boolean; columns?: number; write(s: string): unknown }

export interface Progress {
  /** This input is done; `text` counts the bytes of standard input, whose size was unknown. */
  step(ref: InputRef, text?: string | null): void;
  /** `bytes` more of the current input were read: one large file moves the bar as it is read. */
  read(bytes: number): void;
  /** Take the bar off the screen before what was read is reported on stderr. */
  beforeWarnings(r: ReadResult): void;
  /** Take the bar off the screen at the end. */
  clear(): void;
}

const NO_PROGRESS: Progress = { step() {}, read() {}, beforeWarnings() {}, clear() {} };

function mb(n: number): string {
  return (n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0);
}

/** The bar's one line, fitted to `columns`: `[████░░░░] 12/40 files  3.2/8.0 MB  1.4 MB/s`. */
export function renderProgress(files: number, totalFiles: number, bytes: number, totalBytes: number, elapsedMs: number, columns: number): string {
  const rate = elapsedMs > 0 ? bytes / (elapsedMs / 1000) : 0;
  const tail = ` ${files}/${totalFiles} files  ${mb(bytes)}/${mb(totalBytes)} MB  ${mb(rate)} MB/s`;
  const frac = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : totalFiles > 0 ? files / totalFiles : 1;
  const room = Math.min(30, columns - tail.length - 3); // "[", "]" and the last column, which some terminals wrap at
  if (room < 5) return tail.trim().slice(0, Math.max(0, columns - 1));
  const full = Math.round(frac * room);
  return `[${'█'.repeat(full)}${'░'.repeat(room - full)}]${tail}`;
}

export interface ProgressOptions {
  quiet?: boolean;
  /** stdout is writing to the same terminal as it goes: a bar would be torn by the rows. */
  stdoutBusy?: boolean;
  stream?: ProgressStream;
  now?: () => number;
}

/** A bar for these inputs, or one that does nothing when the run is short or nobody watches. */
export function startProgress(inputs: readonly InputRef[], o: ProgressOptions = {}): Progress {
  const stream = o.stream ?? process.stderr;
  if (o.quiet || o.stdoutBusy || !stream.isTTY) return NO_PROGRESS;
  const sizes = new Map<InputRef, number>();
  let totalBytes = 0;
  for (const ref of inputs) {
    if (ref.path === null) continue; // standard input: its size is known only once read
    try { sizes.set(ref, statSync(ref.path).size); } catch { /* reported when read */ }
    totalBytes += sizes.get(ref) ?? 0;
  }
  if (inputs.length <= PROGRESS_MIN_FILES && totalBytes <= PROGRESS_MIN_BYTES) return NO_PROGRESS;

  const now = o.now ?? Date.now;
  const t0 = now();
  let files = 0, bytes = 0, lastDraw = -Infinity, shown = false;
  let readOfCurrent = 0; // bytes of the current input already counted by read()
  const draw = () => {
    stream.write('\r' + renderProgress(files, inputs.length, bytes, Math.max(totalBytes, bytes), now() - t0, stream.columns || 80) + '\x1b[K');
    shown = true;
    lastDraw = now();
  };
  const clear = () => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  return {
    step(ref, text) {
      files++;
      bytes += Math.max(0, (sizes.get(ref) ?? (text ? Buffer.byteLength(text) : readOfCurrent)) - readOfCurrent);
      readOfCurrent = 0;
      if (now() - lastDraw >= REDRAW_MS || files === inputs.length) draw();
    },
    read(n) {
      readOfCurrent += n;
      bytes += n;
      if (now() - lastDraw >= REDRAW_MS) draw();
    },
    beforeWarnings(r) {
      if (r.warnings.length > 0 || r.text === null) clear();
    },
    clear,
  };
}
