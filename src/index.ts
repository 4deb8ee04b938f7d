/** cnmetrics library API: `extract(text, options)` returns the SPEC's metric records. */
export { extract } from './pipeline.js';
export { parseNumber, parseNumberAt, type ParsedNumber } from './numbers/parse.js';
export { normalize, foldWidth, type Normalized } from './normalize.js';
export { segment } from './segment.js';
export { createFormatter, formatRecords, plainNumber, type OutputFormat, type FormatOptions } from './format/index.js';
export * from './types.js';
export { findNumbers } from './numbers/find.js';
export { extractPieces } from './stream/extract-stream.js';
export { summarize, dedupe, partsOf, type SummaryRow, type SummaryOptions, type Merged } from './views/summary.js';
export { highlight } from './views/highlight.js';
export { findTables, splitCells, type TableBlock, type TableRow, type TableCell } from './layout/tables.js';
export { tableFigures, type TableFigure } from './layout/table-records.js';
