/**
 * Where output goes: stdout, or a file written to a temporary name beside it and renamed
 * only on success, so an interrupted run never leaves a partial file.
 */
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Sink { write(s: string): void; close(ok: boolean): void }

export function stdoutSink(): Sink {
  return {
    write(s) { if (s) writeAll(1, s); },
    close() {},
  };
}

export function fileSink(path: string): Sink {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  let open = true;
  const cleanup = () => { if (open) { try { closeSync(fd); unlinkSync(tmp); } catch { /* already gone */ } open = false; } };
  process.once('exit', cleanup);
  return {
    write(s) { if (s) writeAll(fd, s); },
    close(ok) {
      if (!open) return;
      closeSync(fd); open = false;
      if (ok) renameSync(tmp, path); else unlinkSync(tmp);
    },
  };
}

/** Synchronous writes keep output order and memory bounded; EAGAIN on a pipe is retried. */
function writeAll(fd: number, s: string): void {
  let buf = Buffer.from(s, 'utf8');
  while (buf.length > 0) {
    let n: number;
    try {
      n = writeSync(fd, buf);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); continue; }
      if (code === 'EPIPE') { process.exit(0); }   // reader went away (| head): nothing more to say
      throw e;
    }
    buf = buf.subarray(n);
  }
}
