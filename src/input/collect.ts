/**
 * Read: which inputs a command line names. Files as given; directories walked for text files;
 * `-` (or nothing) for standard input. Problems are returned, not thrown, so that one bad
 * input never costs the records of the others.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';

// Saved web pages are read too: their visible text is extracted (see html.ts).
export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.text', '.html', '.htm'];

export interface InputRef { name: string; path: string | null }  // path null = stdin
export interface InputProblem { name: string; reason: string }

export function collectInputs(args: string[], extensions: string[] = DEFAULT_EXTENSIONS): { inputs: InputRef[]; problems: InputProblem[] } {
  const inputs: InputRef[] = [];
  const problems: InputProblem[] = [];
  const exts = new Set(extensions.map((e) => (e.startsWith('.') ? e : '.' + e).toLowerCase()));
  for (const arg of args.length ? args : ['-']) {
    if (arg === '-') { inputs.push({ name: '-', path: null }); continue; }
    let st;
    try { st = statSync(arg); } catch (e) { problems.push({ name: arg, reason: fsReason(e) }); continue; }
    if (!st.isDirectory()) { inputs.push({ name: arg, path: arg }); continue; }
    const found: string[] = [];
    walk(arg, exts, found, problems);
    if (found.length === 0) problems.push({ name: arg, reason: `no text files (${[...exts].join(' ')}) in this directory` });
    for (const f of found) inputs.push({ name: f, path: f });
  }
  return { inputs, problems };
}

function walk(dir: string, exts: Set<string>, out: string[], problems: InputProblem[]): void {
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true }); } catch (e) { problems.push({ name: dir, reason: fsReason(e) }); return; }
  // sorted, so output order does not depend on the file system
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue;
    const p = join(dir, ent.name);
    if (ent.isDirectory()) walk(p, exts, out, problems);
    else if (exts.has(extname(ent.name).toLowerCase())) out.push(p);
  }
}

export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    case 'ENOSPC': return 'no space left on device';
    case 'EDQUOT': return 'disk quota exceeded';
    case 'EROFS': return 'read-only file system';
    case 'EFBIG': return 'file too large for the file system';
    case 'EIO': return 'input/output error';
    default: return (e as Error)?.message ?? String(e);
  }
}
