/**
 * A number as plain decimal digits. String(n) switches to exponent notation at 1e21 and
 * below 1e-6, which spreadsheets and readers misread; the digits kept are still the
 * shortest ones that round-trip, so no false precision appears (1e21 is not 1000000000000000000000.0001).
 */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n === 0) return '0'; // also -0, which String() already prints as '0' but JSON readers may not
  const s = String(n);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const sign = s.startsWith('-') ? '-' : '';
  const mantissa = s.slice(sign.length, e);
  const exp = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot < 0 ? mantissa.length : dot) + exp;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return sign + out;
}

/** plainNumber with thousands separators in the integer part, for human-facing tables only. */
export function groupedNumber(n: number): string {
  const s = plainNumber(n);
  const m = /^(-?)(\d+)(.*)$/.exec(s);
  if (!m) return s;
  return m[1] + m[2].replace(/\B(?=(\d{3})+$)/g, ',') + m[3];
}

const SHORT_SCALES: ReadonlyArray<[number, number, string]> = [[12, 1e12, '万亿'], [8, 1e8, '亿'], [4, 1e4, '万']];

/**
 * A large number in the short form Chinese text uses, exact to the last digit: 51400000000 →
 * `514亿`, 1234567890 → `12.3456789亿`, 24000 → `2.4万`; below 10,000 grouped as usual. The
 * digits are moved, not divided, so no rounding or binary noise can change the figure. For
 * the terminal table, where a number must never be cut to fit.
 */
export function shortNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const scale = SHORT_SCALES.find(([, v]) => abs >= v);
  if (!scale) return groupedNumber(n);
  const s = plainNumber(abs);
  const dot = s.indexOf('.');
  const int = dot < 0 ? s : s.slice(0, dot);
  const frac = dot < 0 ? '' : s.slice(dot + 1);
  const point = int.length - scale[0];
  let out = groupedNumber(Number(int.slice(0, point)));
  const rest = (int.slice(point) + frac).replace(/0+$/, '');
  if (rest) out += '.' + rest;
  const short = (n < 0 ? '-' : '') + out + scale[2];
  const grouped = groupedNumber(n);
  // 万 and 亿 take two columns: only a form that is narrower is worth the change (12,345 stays)
  return short.length + scale[2].length < grouped.length ? short : grouped;
}
