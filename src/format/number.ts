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
