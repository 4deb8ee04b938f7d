/**
 * Decode: bytes → text, with the encoding named, guessed, or taken from a byte-order mark.
 *
 * Chinese text arrives as UTF-8, GB18030/GBK (mainland), Big5 (Taiwan, Hong Kong) and, from
 * Windows tools, UTF-16. Decoding never fails: bytes that are invalid in the chosen encoding
 * become U+FFFD and a warning names the first byte offset, so the reader knows where to look
 * while the rest of the text still yields its records.
 *
 * iconv-lite is loaded only when a legacy encoding is actually needed: most input is UTF-8 and
 * startup time matters for a command run in loops.
 */
import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');
let iconvModule: Iconv | null = null;
function iconv(): Iconv {
  iconvModule ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconvModule;
}

export interface Decoded {
  text: string;
  /** Canonical name of the encoding used: utf-8, utf-16le, utf-16be, gb18030, big5, or an iconv-lite name. */
  encoding: string;
  warnings: string[];
}

export interface DecodeOptions {
  /** A name from --encoding; undefined or `auto` detects. */
  encoding?: string;
  /** The input is HTML: a `<meta charset>` in its first KB is honoured when the bytes are not UTF-8. */
  html?: boolean;
}

const ALIASES: Record<string, string> = {
  'utf8': 'utf-8', 'utf-8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  'utf16le': 'utf-16le', 'utf-16le': 'utf-16le', 'ucs-2': 'utf-16le', 'ucs2': 'utf-16le',
  'utf16be': 'utf-16be', 'utf-16be': 'utf-16be',
  'utf16': 'utf-16', 'utf-16': 'utf-16', 'unicode': 'utf-16',
  // The WHATWG Encoding Standard decodes all of these with the GB18030 decoder: it is a strict
  // superset, so a file labelled GBK or GB2312 loses nothing.
  'gb18030': 'gb18030', 'gbk': 'gb18030', 'gb2312': 'gb18030', 'cp936': 'gb18030', 'x-gbk': 'gb18030',
  'euc-cn': 'gb18030', 'csgb2312': 'gb18030', 'chinese': 'gb18030', 'windows-936': 'gb18030', 'ms936': 'gb18030',
  'big5': 'big5', 'big5-hkscs': 'big5', 'big5hkscs': 'big5', 'cp950': 'big5', 'x-x-big5': 'big5',
  'cn-big5': 'big5', 'csbig5': 'big5',
};

/** The canonical name for an encoding label, `auto` for detection, or null when unknown. */
export function canonicalEncoding(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (l === '' || l === 'auto') return 'auto';
  if (ALIASES[l]) return ALIASES[l];
  return iconv().encodingExists(l) ? l : null;
}

export function displayEncoding(enc: string): string {
  switch (enc) {
    case 'utf-8': return 'UTF-8';
    case 'utf-16le': return 'UTF-16LE';
    case 'utf-16be': return 'UTF-16BE';
    case 'gb18030': return 'GB18030';
    case 'big5': return 'Big5';
    default: return enc.toUpperCase();
  }
}

/** Which byte-order mark the bytes start with, and its length. */
export function sniffBom(b: Uint8Array): { encoding: string; length: number } | null {
  if (b.length >= 3 && b[0] === 0xEF && b[1] === 0xBB && b[2] === 0xBF) return { encoding: 'utf-8', length: 3 };
  if (b.length >= 2 && b[0] === 0xFF && b[1] === 0xFE) return { encoding: 'utf-16le', length: 2 };
  if (b.length >= 2 && b[0] === 0xFE && b[1] === 0xFF) return { encoding: 'utf-16be', length: 2 };
  if (b.length >= 4 && b[0] === 0x84 && b[1] === 0x31 && b[2] === 0x95 && b[3] === 0x33) return { encoding: 'gb18030', length: 4 };
  return null;
}

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const forced = opts.encoding === undefined ? 'auto' : canonicalEncoding(opts.encoding);
  if (forced === null) throw new RangeError(`unknown encoding "${opts.encoding}"`);
  const bom = sniffBom(bytes);
  if (forced !== 'auto') {
    let enc = forced;
    let skip = 0;
    // A BOM of the named encoding is not text; `utf-16` takes its byte order from it.
    if (enc === 'utf-16') enc = bom?.encoding === 'utf-16be' ? 'utf-16be' : 'utf-16le';
    if (bom && bom.encoding === enc) skip = bom.length;
    return decodeAs(bytes, enc, skip);
  }
  if (bom) return decodeAs(bytes, bom.encoding, bom.length);
  const u = scanUtf8(bytes, 0);
  if (u.invalid === 0) return { text: utf8(bytes, 0), encoding: 'utf-8', warnings: [] };
  // Mostly valid UTF-8 with a few bad bytes (a file cut mid-character, one stray Latin-1 byte)
  // is UTF-8 that was damaged, not another encoding: in GBK or Big5 prose valid UTF-8 sequences
  // turn up by chance about once for every four to ten invalid ones (measured on the sample).
  if (u.multibyte >= 4 * u.invalid || (u.invalid === 1 && u.truncatedAtEnd && u.multibyte > 0)) return decodeAs(bytes, 'utf-8', 0, u);
  if (opts.html) {
    const meta = metaCharset(bytes);
    if (meta && meta !== 'utf-8' && meta !== 'utf-16' && !meta.startsWith('utf-16')) return decodeAs(bytes, meta, 0);
  }
  return detectLegacy(bytes);
}

/** The encoding an HTML page declares in a `<meta>` within its first 1024 bytes (as browsers prescan). */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  const m = /<meta\s[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})/i.exec(head);
  if (!m) return null;
  try { return canonicalEncoding(m[1]); } catch { return null; }
}

function decodeAs(bytes: Uint8Array, enc: string, skip: number, utf8Scan?: Utf8Scan): Decoded {
  const warnings: string[] = [];
  let text: string;
  let bad: { first: number; count: number } | null = null;
  if (enc === 'utf-8') {
    text = utf8(bytes, skip);
    const s = utf8Scan ?? scanUtf8(bytes, skip);
    if (s.invalid > 0) bad = { first: s.firstInvalid, count: s.invalid };
  } else if (enc === 'utf-16le' || enc === 'utf-16be') {
    ({ text, bad } = utf16(bytes, skip, enc === 'utf-16be'));
  } else {
    const body = Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.length - skip);
    text = iconv().decode(body, enc, { stripBOM: false });
    if (text.includes('\uFFFD') || hasLoneSurrogate(text)) {
      // iconv-lite turns some out-of-range GB18030 four-byte codes into lone surrogates; they
      // are as invalid as any other bad byte and would break every later string operation.
      text = replaceLoneSurrogates(text);
      bad = enc === 'gb18030' ? scanGb18030(bytes, skip) : enc === 'big5' ? scanBig5(bytes, skip) : firstBadGeneric(body, enc, skip);
    }
  }
  if (bad && bad.count > 0) {
    const more = bad.count > 1 ? ` (${bad.count} places in all)` : '';
    warnings.push(`invalid ${displayEncoding(enc)} bytes at byte offset ${bad.first}; replaced with U+FFFD${more}`);
  }
  return { text, encoding: enc, warnings };
}

function utf8(bytes: Uint8Array, skip: number): string {
  // The WHATWG decoder replaces each maximal invalid subpart with one U+FFFD, like browsers.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(skip));
}

interface Utf8Scan { invalid: number; firstInvalid: number; multibyte: number; truncatedAtEnd: boolean }

/** A strict UTF-8 check (no overlongs, surrogates or code points past U+10FFFF), counting as it goes. */
export function scanUtf8(b: Uint8Array, from: number): Utf8Scan {
  let invalid = 0, firstInvalid = -1, multibyte = 0, truncatedAtEnd = false;
  const n = b.length;
  let i = from;
  const fail = (at: number) => { if (invalid++ === 0) firstInvalid = at; };
  while (i < n) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need: number, lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; if (c === 0xE0) lo = 0xA0; else if (c === 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; if (c === 0xF0) lo = 0x90; else if (c === 0xF4) hi = 0x8F; }
    else { fail(i); i++; continue; }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const t = b[j];
      if (j >= n) { ok = false; truncatedAtEnd = true; break; }
      if (t < (k === 0 ? lo : 0x80) || t > (k === 0 ? hi : 0xBF)) { ok = false; break; }
    }
    if (ok) { multibyte++; i = j; } else { fail(i); i = j > i + 1 ? j : i + 1; }
  }
  return { invalid, firstInvalid, multibyte, truncatedAtEnd };
}

function utf16(bytes: Uint8Array, skip: number, bigEndian: boolean): { text: string; bad: { first: number; count: number } | null } {
  const len = (bytes.length - skip) & ~1;
  let body = Buffer.from(bytes.buffer, bytes.byteOffset + skip, len);
  if (bigEndian) body = Buffer.from(body).swap16();
  let text = body.toString('utf16le');
  let first = -1, count = 0;
  const re = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) { if (count++ === 0) first = skip + 2 * m.index; }
  if (count) text = replaceLoneSurrogates(text);
  if ((bytes.length - skip) % 2 === 1) {
    // An odd byte at the end: the file was cut in the middle of a code unit.
    if (count++ === 0) first = bytes.length - 1;
    text += '\uFFFD';
  }
  return { text, bad: count ? { first, count } : null };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function hasLoneSurrogate(s: string): boolean { LONE_SURROGATE.lastIndex = 0; return LONE_SURROGATE.test(s); }
function replaceLoneSurrogates(s: string): string { return s.replace(LONE_SURROGATE, '\uFFFD'); }

/*
 * Where the bad bytes are. iconv-lite only says that something was replaced, so the byte
 * structure of GB18030 and Big5 is walked here (one pass, like the decoder) and a two-byte code
 * counts as valid exactly when iconv-lite maps it: a table built once, on this error path only.
 */
const pairTables = new Map<string, Uint8Array>();
function pairTable(enc: string): Uint8Array {
  let t = pairTables.get(enc);
  if (t) return t;
  // Every lead/trail pair followed by a newline, decoded in one call: a newline can never be a
  // trail byte, so each pair's output ends at its own newline whatever happened to the pair.
  const buf = Buffer.alloc(126 * 191 * 3);
  let k = 0;
  for (let lead = 0x81; lead <= 0xFE; lead++) for (let trail = 0x40; trail <= 0xFE; trail++) { buf[k++] = lead; buf[k++] = trail; buf[k++] = 0x0A; }
  const parts = iconv().decode(buf, enc).split('\n');
  t = new Uint8Array(65536);
  let p = 0;
  for (let lead = 0x81; lead <= 0xFE; lead++) for (let trail = 0x40; trail <= 0xFE; trail++) {
    const s = parts[p++] ?? '\uFFFD';
    t[(lead << 8) | trail] = s.includes('\uFFFD') || hasLoneSurrogate(s) ? 0 : 1;
  }
  pairTables.set(enc, t);
  return t;
}

function scanGb18030(b: Uint8Array, from: number): { first: number; count: number } {
  const pairs = pairTable('gb18030');
  let first = -1, count = 0;
  const fail = (at: number) => { if (count++ === 0) first = at; };
  const n = b.length;
  for (let i = from; i < n;) {
    const c = b[i];
    if (c <= 0x80) { i++; continue; }            // ASCII, and 0x80 which is €
    if (c === 0xFF) { fail(i); i++; continue; }
    const c2 = i + 1 < n ? b[i + 1] : -1;
    if (c2 >= 0x30 && c2 <= 0x39) {
      const c3 = i + 2 < n ? b[i + 2] : -1, c4 = i + 3 < n ? b[i + 3] : -1;
      if (c3 < 0x81 || c3 > 0xFE || c4 < 0x30 || c4 > 0x39) { fail(i); i++; continue; }
      const pointer = (c - 0x81) * 12600 + (c2 - 0x30) * 1260 + (c3 - 0x81) * 10 + (c4 - 0x30);
      if ((pointer > 39419 && pointer < 189000) || pointer > 1237575) fail(i);
      i += 4;
      continue;
    }
    if (c2 >= 0x40 && c2 <= 0xFE && c2 !== 0x7F && pairs[(c << 8) | c2]) { i += 2; continue; }
    fail(i);
    // A bad trail byte that is ASCII is a character of its own; any other is consumed with the lead.
    i += c2 >= 0x80 ? 2 : 1;
  }
  return { first, count };
}

function scanBig5(b: Uint8Array, from: number): { first: number; count: number } {
  const pairs = pairTable('big5');
  let first = -1, count = 0;
  const fail = (at: number) => { if (count++ === 0) first = at; };
  const n = b.length;
  for (let i = from; i < n;) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    if (c === 0x80 || c === 0xFF) { fail(i); i++; continue; }
    const c2 = i + 1 < n ? b[i + 1] : -1;
    if (c2 >= 0x40 && c2 <= 0xFE && pairs[(c << 8) | c2]) { i += 2; continue; }
    fail(i);
    i += c2 >= 0x80 ? 2 : 1;
  }
  return { first, count };
}

/**
 * Any other encoding: feed the decoder one byte at a time up to the first replacement. Slow per
 * byte, but only ever run for an explicitly named, uncommon encoding that has bad bytes.
 */
function firstBadGeneric(body: Buffer, enc: string, skip: number): { first: number; count: number } {
  const whole = iconv().decode(body, enc);
  let count = 0;
  for (const ch of whole) if (ch === '\uFFFD') count++;
  const dec = iconv().getDecoder(enc);
  let charStart = 0;   // the first byte of the character being decoded
  for (let i = 0; i < body.length; i++) {
    const out = dec.write(body.subarray(i, i + 1));
    if (out.includes('\uFFFD')) return { first: skip + charStart, count };
    if (out.length > 0) charStart = i + 1;
  }
  return { first: skip + charStart, count: Math.max(count, 1) };
}

/*
 * GB18030 or Big5? Both accept nearly any byte pairs, so validity cannot tell them apart. What
 * can: decoded with the right table, Chinese prose is mostly made of a few hundred very common
 * characters; decoded with the wrong one, it becomes a scatter of rare ones. So decode both
 * ways and count how many of the resulting Han characters are among the most frequent (in
 * either script), minus a penalty for bytes the decoder had to replace. GB18030 wins ties: it
 * is the more common encoding and a superset of ASCII-range text. When neither decoding looks
 * like Chinese, the text is still decoded (as GB18030) but with a warning, so that mojibake is
 * never passed off silently as data.
 */
const COMMON_HAN = new Set(
  // ~350 most frequent characters of modern Chinese (simplified), weighted toward news and economic text ...
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律且究观越织装影算低持音众书布复容须际商非验连断深难近千周委素技备半办青省列习响约支般史感劳便团往历市克何除消构府称太准精值号率族维划选标写存候亲快效院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引该铁价严' +
  '亿投额项企营收税财银贷款贸销售涨降幅季署签约园链智能源汽纳服融港湾城镇居消费核奖补' +
  // ... and their traditional forms where these differ.
  '這個國為們時來發動過說產種後經進著電裡現實體機當點從業應開還關樣與間線數結變條沒問題黨員長頭資邊級統較組見計論運農區則隊處規熱領導壓濟階術極聯認權證轉單風帶場車務萬達積議報類離華確張馬節話況傳記驗連斷難備辦響約勞團歷構準號維劃選標寫親層專廠識屬圓調滿縣紅細聽該鐵價嚴' +
  '億項額營稅財銀貸貿銷漲降幅簽園鏈汽納務融灣鎮費補獎',
);

function hanScore(text: string): { score: number; han: number } {
  let hits = 0, han = 0, bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xFFFD) bad++;
    else if (c >= 0x3400 && c <= 0x9FFF) { han++; if (COMMON_HAN.has(ch)) hits++; }
  }
  return { score: hits - 3 * bad, han };
}

function detectLegacy(bytes: Uint8Array): Decoded {
  // Judge on a prefix: 256 KB of prose is plenty, and decoding twice costs time on big files.
  const sample = bytes.subarray(0, Math.min(bytes.length, 256 * 1024));
  const sampleBuf = Buffer.from(sample.buffer, sample.byteOffset, sample.length);
  const gb = hanScore(iconv().decode(sampleBuf, 'gb18030'));
  const b5 = hanScore(iconv().decode(sampleBuf, 'big5'));
  const enc = b5.score > gb.score ? 'big5' : 'gb18030';
  const best = enc === 'big5' ? b5 : gb;
  const result = decodeAs(bytes, enc, 0);
  // In real Chinese prose the common characters are well over half of all Han characters.
  if (best.han === 0 || best.score < best.han * 0.25) {
    // One line: this warning already says the text may be garbled; bad-byte offsets add nothing.
    result.warnings = [`not UTF-8, and not recognizably GB18030 or Big5 either; read as ${displayEncoding(enc)} — pass --encoding if the text is garbled`];
  }
  return result;
}
