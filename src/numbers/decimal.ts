/**
 * Exact decimal shifts of a parsed value (‰ → %, 成 → %, the scale of a range's upper end applied
 * to its lower end). Done on the shortest decimal text of the number, so 8.47 / 10 is 0.847,
 * never 0.8470000000000001.
 */
export function shiftDecimal(v: number, k: number): number {
  if (k === 0 || v === 0 || !Number.isFinite(v)) return v;
  let s = String(Math.abs(v));
  let exp = 0;
  const e = s.indexOf('e');
  if (e >= 0) { exp = Number(s.slice(e + 1)); s = s.slice(0, e); }
  const dot = s.indexOf('.');
  const digits = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
  const pointAt = (dot < 0 ? s.length : dot) + exp + k; // position of the decimal point in `digits`
  let out: string;
  if (pointAt <= 0) out = '0.' + '0'.repeat(-pointAt) + digits;
  else if (pointAt >= digits.length) out = digits + '0'.repeat(pointAt - digits.length);
  else out = digits.slice(0, pointAt) + '.' + digits.slice(pointAt);
  const r = Number(out);
  return v < 0 ? -r : r;
}
