/**
 * The options of one `POST /extract` request, read from its query string and headers. They are
 * the options of `cnmetrics extract`, by the same names (`type`, `fields`, `year`, `keep`,
 * `input-format` …), so a command line translates into a URL word for word.
 */
import { defaultFields, type OutputFormat } from '../format/index.js';
import { checkFields, checkKeep } from '../format/cells.js';
import { canonicalEncoding } from '../input/decode.js';
import type { OnError } from '../stream/run.js';
import { type Field, type MetricRecord, type MetricType } from '../types.js';

export interface ServeRequestOptions {
  inputFormat: 'text' | 'jsonl';
  /** Records out: a JSON array (default) or JSON Lines. */
  format: Extract<OutputFormat, 'json' | 'jsonl'>;
  types?: MetricType[];
  item?: string;
  /** The columns written: the CLI's default for the data formats unless `fields` is given. */
  fields: Field[];
  year?: number;
  keep?: string[];
  textField?: string;
  idField?: string;
  /** JSONL lines that cannot be read: `report` fails the request (422), `skip` drops them, `record` writes them. */
  onError: OnError;
  /** Text input: its name in `doc` (default `-`, as standard input). */
  doc: string;
  /** Text input: its encoding (default: the charset of the content type, else detected). */
  encoding?: string;
  /** Text input is HTML (content type text/html): only its visible text is read. */
  html?: boolean;
}

/** A request the server refuses: its HTTP status, the message of its JSON body and more fields for it. */
export class RequestError extends Error {
  constructor(readonly status: number, message: string, readonly extra?: Record<string, unknown>) { super(message); }
}

const TYPES: MetricType[] = ['percent', 'amount', 'count'];
const PARAMS = ['format', 'type', 'item', 'fields', 'year', 'keep', 'input-format', 'text-field', 'id-field', 'on-error', 'doc', 'encoding'];
const JSONL_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines', 'application/ndjson'];
/** curl --data-binary sends application/x-www-form-urlencoded unless told otherwise: its body is still the raw text. */
const TEXT_TYPES = ['text/plain', 'text/markdown', 'application/octet-stream', 'application/x-www-form-urlencoded'];

const bad = (m: string) => new RequestError(400, m);
const listOf = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);

/** Query string and headers → options; a RequestError (400, 415) for anything wrong in them. */
export function requestOptions(query: URLSearchParams, contentType: string | undefined, accept: string | undefined): ServeRequestOptions {
  for (const k of query.keys()) {
    if (!PARAMS.includes(k)) throw bad(`unknown query parameter "${k}" (known: ${PARAMS.join(', ')})`);
  }
  // a parameter given twice (type=percent&type=amount) is one list
  const get = (k: string): string | undefined => (query.has(k) ? query.getAll(k).join(',') : undefined);

  const [mime, ...params] = (contentType ?? '').split(';').map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/^"|"$/g, '');
  let inputFormat: 'text' | 'jsonl';
  const given = get('input-format');
  if (given !== undefined) {
    if (given !== 'text' && given !== 'jsonl') throw bad(`input-format: "${given}" (choose text or jsonl)`);
    inputFormat = given;
  } else if (JSONL_TYPES.includes(mime)) inputFormat = 'jsonl';
  else if (mime === '' || mime === 'text/html' || TEXT_TYPES.includes(mime)) inputFormat = 'text';
  else throw new RequestError(415, `content type "${mime}": send text/plain (or text/html) for a text, application/x-ndjson for JSON Lines, or say which with ?input-format=text|jsonl`);

  let encoding: string | undefined;
  const enc = get('encoding') ?? charset;
  if (enc !== undefined) {
    let c: string | null = null;
    try { c = canonicalEncoding(enc); } catch { /* unknown */ }
    if (c === null) throw (get('encoding') !== undefined ? bad : (m: string) => new RequestError(415, m))(`unknown encoding "${enc}" (try utf-8, gb18030, big5, utf-16le)`);
    encoding = c === 'auto' ? undefined : enc;
  }
  if (inputFormat === 'jsonl' && encoding !== undefined && canonicalEncoding(encoding) !== 'utf-8') {
    throw new RequestError(415, `JSON Lines is read as UTF-8, not ${encoding}`);
  }

  const fmt = get('format') ?? (/application\/(x-)?(nd|jsonl)/.test(accept ?? '') ? 'jsonl' : 'json');
  if (fmt !== 'json' && fmt !== 'jsonl') throw bad(`format: "${fmt}" (choose json or jsonl)`);

  let types: MetricType[] | undefined;
  const t = get('type');
  if (t !== undefined) {
    types = listOf(t) as MetricType[];
    if (types.length === 0) throw bad('type is empty');
    for (const x of types) if (!TYPES.includes(x)) throw bad(`type: unknown type "${x}" (choose from ${TYPES.join(', ')})`);
  }
  let year: number | undefined;
  const y = get('year');
  if (y !== undefined) {
    if (!/^\d{4}$/.test(y)) throw bad(`year takes a four-digit year, not "${y}"`);
    year = Number(y);
  }
  let fields: Field[];
  const f = get('fields');
  if (f !== undefined) {
    fields = listOf(f) as Field[];
    try { checkFields(fields, 'json'); } catch (e) { throw bad(`fields: ${(e as Error).message}`); }
  } else {
    // as the CLI: every field, and period_norm after period only when a year is given
    fields = defaultFields(year ? [{ period_norm: null } as MetricRecord] : []);
  }
  let keep: string[] | undefined;
  const k = get('keep');
  if (k !== undefined) {
    keep = listOf(k);
    if (keep.length === 0) throw bad('keep names no field');
    try { checkKeep(keep); } catch (e) { throw bad((e as Error).message); }
    if (inputFormat !== 'jsonl') throw bad('keep copies fields of JSON Lines records: send JSON Lines (application/x-ndjson or ?input-format=jsonl)');
  }
  const onError = get('on-error') ?? 'report';
  if (onError !== 'report' && onError !== 'skip' && onError !== 'record') throw bad(`on-error: "${onError}" (choose report, skip or record)`);
  const doc = get('doc') ?? '-';
  return {
    inputFormat, format: fmt, types, item: get('item'), fields, year, keep,
    textField: get('text-field'), idField: get('id-field'), onError, doc, encoding,
    html: mime === 'text/html' ? true : undefined,
  };
}
