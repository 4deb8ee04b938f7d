/**
 * The extractor's invariants over arbitrary input, shared by the short CI run
 * (test/fuzz.test.ts) and the long one (npm run fuzz): extract never throws, every record's
 * text is its input slice in code points, spans are non-empty, values finite, ranges ordered.
 */
import fc from 'fast-check';
import { extract } from '../src/pipeline.js';
import { decodeInput } from '../src/input/read.js';

const SAMPLE_UNITS = [...'0123456789０１２３４５６７８９%％亿万元个家项千百十点两一二三四五六七八九零壹贰拾佰仟，,.。．-—~～至到约超近逾余多以上下增长下降同比环比美港欧日币人民￥$¥第年月日号期成百分之个百分点 \n\r\t'];

/** Any string: random Unicode including astral characters, and lone surrogates now and then. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xFFFF }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
);

/** Long runs of digits, units and separators: where the number grammar works hardest. */
const numberSoup = fc.string({ unit: fc.constantFrom(...SAMPLE_UNITS), minLength: 1, maxLength: 400 });

/** The sample article, cut, spliced and sprinkled with noise. */
export function mutatedSample(sample: string) {
  const cps = [...sample];
  const piece = fc.tuple(fc.nat(cps.length), fc.integer({ min: 1, max: 600 })).map(([s, len]) => cps.slice(s, s + len).join(''));
  const noise = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: fc.constantFrom(...SAMPLE_UNITS), maxLength: 12 }));
  return fc.array(fc.oneof({ weight: 3, arbitrary: piece }, { weight: 2, arbitrary: noise }), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
}

export function inputs(sample: string) {
  return fc.oneof(anyText, numberSoup, mutatedSample(sample));
}

/** Throws (with the reason) when a record breaks the contract; returns the record count. */
export function checkExtract(input: string): number {
  const recs = extract(input, { doc: 'fuzz' });
  const cps = [...input];
  for (const r of recs) {
    const where = `${JSON.stringify(r.text)} [${r.start},${r.end})`;
    if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start < r.end && r.end <= cps.length)) throw new Error(`bad span ${where}`);
    const slice = cps.slice(r.start, r.end).join('');
    if (slice !== r.text) throw new Error(`text ${where} is not its input slice ${JSON.stringify(slice)}`);
    if (!Number.isFinite(r.value)) throw new Error(`value ${r.value} not finite at ${where}`);
    if (r.value_max !== null) {
      if (!Number.isFinite(r.value_max)) throw new Error(`value_max ${r.value_max} not finite at ${where}`);
      if (r.value_max < r.value) throw new Error(`value_max ${r.value_max} < value ${r.value} at ${where}`);
    }
  }
  return recs.length;
}

/** Bytes as they arrive: random, or text in one of the encodings, cut at a random point. */
export function inputBytes(sample: string) {
  const encoded = fc.tuple(mutatedSample(sample), fc.constantFrom('utf8', 'utf16le', 'latin1'), fc.nat()).map(([s, e, cut]) => {
    const b = Buffer.from(s, e as BufferEncoding);
    return b.subarray(0, b.length === 0 ? 0 : cut % (b.length + 1));
  });
  return fc.oneof(fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)), encoded);
}

/** decodeInput on any bytes: no exception, and either an error reason or well-formed text. */
export function checkDecode(bytes: Buffer, name: string): void {
  const r = decodeInput(bytes, name);
  if (r.text === null) {
    if (!r.error) throw new Error('no text and no reason');
    return;
  }
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(r.text)) throw new Error('lone surrogate in decoded text');
  for (const w of r.warnings) if (/\n/.test(w)) throw new Error(`multi-line warning ${JSON.stringify(w)}`);
}
