/**
 * Attribute: what each number measures (indicator, item), which way it moved (trend, basis),
 * where (region) and when (period). Each rule works on the normalized text around the mention.
 */
import type { Segments } from '../segment.js';
import type { Mention } from '../extract/mention.js';
import type { Basis, Trend } from '../types.js';
import { findItem } from './item.js';

export interface AttributeContext { text: string; seg: Segments; year?: number }
export interface Span { sStart: number; sEnd: number; cStart: number; cEnd: number }
export interface Attribution {
  trend: Trend | null;
  basis: Basis | null;
  indicator: string | null;
  item: string | null;
  region: string | null;
  period: string | null;
  period_norm?: string | null;
}

export function attribute(ctx: AttributeContext, m: Mention, span: Span): Attribution {
  const item = m.type === 'count' ? findItem(ctx.text, m.start, m.end, span.cStart, span.sEnd) : null;
  return { trend: null, basis: null, indicator: null, item, region: null, period: null };
}
