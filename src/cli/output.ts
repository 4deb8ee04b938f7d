/**
 * Where output goes: stdout, or a file written to a temporary name beside it and renamed
 * only on success, so an interrupted run never leaves a partial file.
 */
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Text, or text already encoded as UTF-8 (rows from a worker thread). */
export interface Sink { write(s: string | Uint8Array): void; close(ok: boolean): void }

export function stdoutSink(): Sink {
  return {
    write(s) { if (s.length) writeAll(1, s); },
    close() {},
  };
}

export function fileSink(path: string): Sink {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  let open = true;
  const cleanup = () => { if (open) { open = false; try { closeSync(fd); } catch { /* closed */ } try { unlinkSync(tmp); } catch { /* already gone */ } } };
  // Ctrl-C, kill or a closed terminal would end the process without 'exit' handlers: remove the
  // temporary file, then die of the same signal so the shell sees what happened (status 128+n).
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const onSignal = (sig: NodeJS.Signals) => { cleanup(); detach(); process.kill(process.pid, sig); };
  const detach = () => { for (const sg of signals) process.removeListener(sg, onSignal); process.removeListener('exit', cleanup); };
  for (const sg of signals) process.on(sg, onSignal);
  process.once('exit', cleanup);
  return {
    write(s) { if (s.length) writeAll(fd, s); },
    close(ok) {
      if (!open) return;
      detach();
      open = false;
      closeSync(fd);
      if (!ok) { unlinkSync(tmp); return; }
      try { renameSync(tmp, path); } catch (e) { try { unlinkSync(tmp); } catch { /* gone */ } throw e; }
    },
  };
}

/** Synchronous writes keep output order and memory bounded; EAGAIN on a pipe is retried. */
function writeAll(fd: number, s: string | Uint8Array): void {
  let buf = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
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
