/** `cnmetrics highlight`: the text with its metrics marked, for reading or for a pipe. */
import { Command, CommanderError, Option } from 'commander';
import { extract } from '../pipeline.js';
import { forEachDocument, gatherInputs, isJsonl, jobsFor, addInputOptions, type InputCliOptions } from './inputs.js';
import type { MetricType } from '../types.js';
import { highlight, MARK_CLOSE, MARK_OPEN, TYPE_SGR } from '../views/highlight.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, TYPES, commandDefaults, inputsAction, useColor, warn } from './common.js';
import { stdoutSink } from './output.js';

export interface HighlightCliOptions extends InputCliOptions {
  context?: number;
  lineNumber?: boolean;
  /** commander: undefined, true (--color), false (--no-color) or the WHEN of --color=WHEN. */
  color?: boolean | 'auto' | 'always' | 'never';
  quiet?: boolean;
}

export const HIGHLIGHT_EXAMPLES = `
Examples:
  cnmetrics highlight article.txt          the article, metrics in color
  cnmetrics highlight --color=always a.txt | less -R
                                           page through it, colors kept
  cnmetrics highlight -C 1 -n a.txt        lines with metrics, one line
                                           around each, line numbers
  cnmetrics highlight --no-color a.txt | grep -o '${MARK_OPEN}[^${MARK_CLOSE}]*${MARK_CLOSE}'
                                           markers instead of colors

Colors: percent cyan, amount yellow, count green (legend on stderr).
Without color (piped, --no-color, NO_COLOR) each metric stands between
${MARK_OPEN} and ${MARK_CLOSE}. Lines are shown as a reader sees them: lines broken
mid-sentence are joined, full-width digits folded; -n numbers each line
by the input line it starts on. A JSON Lines input (*.jsonl, or
--input-format jsonl) shows each record under ==> its id <==.

Exit status: 0 when every input was read; 2 when an input could not be
read (the others are still processed), the options were wrong or the
output could not be written; 70 when an input hit a bug in cnmetrics
(please report it; the other inputs are still processed).`;

function resolveColor(c: HighlightCliOptions['color']): boolean {
  if (c === 'always') return true;
  if (c === 'never' || c === false) return false;
  return useColor(true); // auto, like grep: a terminal gets color, a pipe gets markers
}

function legend(color: boolean, counts: Record<MetricType, number>): string {
  const item = (t: MetricType) => (color ? `\x1b[${TYPE_SGR[t]}m${t}\x1b[0m` : t) + ` ${counts[t]}`;
  const how = color ? '' : ` (marked ${MARK_OPEN}…${MARK_CLOSE})`;
  return `cnmetrics: ${TYPES.map(item).join(', ')}${how}\n`;
}

export async function runHighlight(args: string[], o: HighlightCliOptions): Promise<number> {
  const { inputs, problems } = gatherInputs(args, o);
  for (const p of problems) warn(`${p.name}: ${p.reason}`);
  if (o.jobs !== undefined) jobsFor(o); // accepted like extract's, and capped the same; the text is marked on one thread
  const color = resolveColor(o.color);
  const counts: Record<MetricType, number> = { percent: 0, amount: 0, count: 0 };
  const sink = stdoutSink();
  let first = true;
  // no bar: the text itself streams to the terminal or a pager, which a bar would tear
  const several = inputs.length > 1 || inputs.some((i) => isJsonl(i, o));
  const failed = await forEachDocument(inputs, o, (doc, text) => {
    const records = extract(text, { doc, types: o.type, year: o.year });
    for (const rec of records) counts[rec.type]++;
    const body = highlight(text, records, { color, context: o.context, lineNumbers: o.lineNumber });
    if (several) sink.write(`${first ? '' : '\n'}==> ${doc} <==\n`);
    first = false;
    sink.write(body);
  });
  if (!o.quiet) process.stderr.write(legend(color && useColorOnStderr(o.color), counts));
  return failed || problems.length > 0 ? EXIT_INPUT : EXIT_OK;
}

/** The legend goes to stderr, which may be a terminal when stdout is not (| less -R). */
function useColorOnStderr(c: HighlightCliOptions['color']): boolean {
  if (c === 'always') return true;
  if (process.env.NO_COLOR) return false;
  return Boolean(process.stderr.isTTY) || process.env.FORCE_COLOR !== undefined;
}

function nonNegative(v: string): number {
  if (!/^\d+$/.test(v)) throw new CommanderError(EXIT_USAGE, 'cnmetrics.invalidArgument', `error: --context takes a number of lines, not "${v}"`);
  return Number(v);
}

export function highlightCommand(): Command {
  const cmd = commandDefaults(new Command('highlight'))
    .description('print the text with each metric colored by type (or marked ⟦…⟧ without color)')
    .argument('[inputs...]', 'files or directories; - or nothing reads standard input')
    .option('-C, --context <n>', 'only lines within N lines of a metric, groups split by -- (like grep -C)', nonNegative)
    .option('-n, --line-number', 'prefix each line with its input line number (":" metric line, "-" context)')
    .addOption(new Option('--color [when]', 'color: auto (terminal only, the default), always (for less -R), never').choices(['auto', 'always', 'never']))
    .option('--no-color', `no colors: metrics between ${MARK_OPEN} ${MARK_CLOSE} (also NO_COLOR=1)`)
    .option('-q, --quiet', 'no legend on stderr');
  return addInputOptions(cmd, 'mark only these types: percent,amount,count')
    .addHelpText('after', HIGHLIGHT_EXAMPLES)
    .action(inputsAction(runHighlight));
}
