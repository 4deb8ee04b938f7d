/**
 * One request body → the response body: the same reading, chunking, extraction and formatting as
 * `cnmetrics extract` (src/stream, src/parallel/task.ts, src/format), so a text or a JSONL corpus
 * sent to the server gives the records the CLI prints for it.
 */
import { decodeInput } from '../input/read.js';
import { jsonlRecords } from '../input/jsonl.js';
import { unnamedDoc } from '../input/doc-name.js';
import { makeTask } from '../parallel/task.js';
import { documentJobs, type InputFailure } from '../stream/source.js';
import { failureJson } from '../stream/run.js';
import { RequestError, type ServeRequestOptions } from './options.js';

export interface ExtractResponse {
  contentType: string;
  body: string;
  /** Metric records written. */
  records: number;
  /** Lines that could not be read (skipped or written as error objects). */
  failures: number;
}

async function* once(b: Buffer): AsyncGenerator<Buffer> { yield b; }

/**
 * The records of a request body, formatted. Throws RequestError (422) for a body that is not
 * text (binary, PDF …) and, with `on-error=report`, for JSONL lines that cannot be read.
 */
export async function extractBody(body: Buffer, o: ServeRequestOptions): Promise<ExtractResponse> {
  // Rows are made by the same task the CLI runs, as JSON Lines; a JSON array is made from them.
  const task = makeTask({ extract: { types: o.types, year: o.year }, item: o.item, format: { format: 'jsonl', fields: o.fields, keep: o.keep } });
  const rows: string[] = [];
  let records = 0;
  let failures = 0;
  if (o.inputFormat === 'text') {
    const d = decodeInput(body, o.doc, { encoding: o.encoding, html: o.html });
    if (d.text === null) throw new RequestError(422, `${o.doc}: ${d.error ?? 'cannot be read'}`);
    const r = task([...documentJobs(o.doc, d.text)]);
    if (r.errors.length) throw new Error(r.errors.join('; '));
    rows.push(r.out);
    records += r.count;
  } else {
    const failed: InputFailure[] = [];
    for await (const rec of jsonlRecords(once(body), { textField: o.textField, idField: o.idField, keep: o.keep })) {
      if ('error' in rec) {
        const f = { doc: rec.id ?? o.doc, error: rec.error, line: rec.line };
        failed.push(f);
        if (o.onError === 'record') rows.push(failureJson(f));
        continue;
      }
      const r = task([...documentJobs(rec.id ?? unnamedDoc(rec.text), rec.text, rec.kept)]);
      if (r.errors.length) throw new Error(r.errors.join('; '));
      rows.push(r.out);
      records += r.count;
    }
    failures = failed.length;
    if (failed.length && o.onError === 'report') {
      throw new RequestError(422, `${failed.length} line${failed.length > 1 ? 's' : ''} could not be read (send on-error=skip or on-error=record to get the others' records)`, { failures: failed });
    }
  }
  const jsonl = rows.join('');
  if (o.format === 'jsonl') return { contentType: 'application/x-ndjson; charset=utf-8', body: jsonl, records, failures };
  // byte for byte the CLI's -f json: JSON.stringify(records, null, 2) + '\n'
  const items = jsonl === '' ? [] : jsonl.slice(0, -1).split('\n').map((l) => JSON.parse(l) as unknown);
  return { contentType: 'application/json; charset=utf-8', body: JSON.stringify(items, null, 2) + '\n', records, failures };
}
