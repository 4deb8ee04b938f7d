/** cnmetrics library API: `extract(text, options)` returns the SPEC's metric records. */
export { extract } from './pipeline.js';
export { parseNumber, parseNumberAt, type ParsedNumber } from './numbers/parse.js';
export { normalize, foldWidth, type Normalized } from './normalize.js';
export { segment } from './segment.js';
export { createFormatter, formatRecords, plainNumber, type OutputFormat, type FormatOptions } from './format/index.js';
export * from './types.js';
