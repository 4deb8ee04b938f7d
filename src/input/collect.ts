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
    try { st = statSync(arg); } catch (e) { problems.push({ name: arg, reason: missingReason(arg, e) }); continue; }
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

const WEB_ADDRESS = /^https?:\/\//i;
const HAN = /[\u3400-\u9fff]/;
const DIGIT = /[0-9０-９一二三四五六七八九十百千万亿]/;
const FILE_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,4}$/;

/**
 * Why a named input cannot be read, with a hint for the two things a newcomer types that are no
 * file at all: a web address (cnmetrics never fetches) and the text itself (`cnmetrics "增长5%"`).
 * Text is told apart from a missing file name by Han characters with a numeral, no path separator
 * and no file extension; anything else gets the plain `fsReason`.
 */
export function missingReason(arg: string, e: unknown): string {
  const reason = fsReason(e);
  if ((e as NodeJS.ErrnoException)?.code !== 'ENOENT') return reason;
  if (WEB_ADDRESS.test(arg)) {
    return 'a web address, not a file: cnmetrics does not fetch pages; pipe the page in (curl -sL URL | cnmetrics) or save it first';
  }
  if (HAN.test(arg) && DIGIT.test(arg) && !/[\\/]/.test(arg) && !FILE_EXTENSION.test(arg)) {
    return `${reason} (to extract from this text itself, pipe it: echo '…' | cnmetrics)`;
  }
  return reason;
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
