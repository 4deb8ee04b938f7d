/** `cnmetrics highlight`: the text with its metrics marked, for reading or for a pipe. */
import { Command, CommanderError, Option } from 'commander';
import { extract } from '../pipeline.js';
import { collectInputs, DEFAULT_EXTENSIONS } from '../input/collect.js';
import type { MetricType } from '../types.js';
import { highlight, MARK_CLOSE, MARK_OPEN, TYPE_SGR } from '../views/highlight.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, TYPES, commandDefaults, csvList, inputsAction, list, useColor, warn } from './common.js';
import { stdoutSink } from './output.js';
import { forEachInput } from './progress.js';

export interface HighlightCliOptions {
  context?: number;
  lineNumber?: boolean;
  type?: MetricType[];
  /** commander: undefined, true (--color), false (--no-color) or the WHEN of --color=WHEN. */
  color?: boolean | 'auto' | 'always' | 'never';
  ext?: string[];
  quiet?: boolean;
}

export const HIGHLIGHT_EXAMPLES = `
Examples:
  cnmetrics highlight article.txt                     the article, metrics colored by type
  cnmetrics highlight --color=always a.txt | less -R  page through it, colors kept
  cnmetrics highlight -C 1 -n a.txt                   only lines with metrics, one line around, line numbers
  cnmetrics highlight --no-color a.txt | grep -o '${MARK_OPEN}[^${MARK_CLOSE}]*${MARK_CLOSE}'
                                                      markers instead of colors, for pipes

Colors: percent cyan, amount yellow, count green (legend on stderr). Without color (piped,
--no-color, NO_COLOR) each metric stands between ${MARK_OPEN} and ${MARK_CLOSE}. Lines are shown as a reader
sees them: lines broken mid-sentence are joined, full-width digits folded; -n numbers
each line by the input line it starts on.`;

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
  const { inputs, problems } = collectInputs(args, o.ext ?? DEFAULT_EXTENSIONS);
  for (const p of problems) warn(`${p.name}: ${p.reason}`);
  const color = resolveColor(o.color);
  const counts: Record<MetricType, number> = { percent: 0, amount: 0, count: 0 };
  const sink = stdoutSink();
  let first = true;
  // no bar: the text itself streams to the terminal or a pager, which a bar would tear
  const failed = await forEachInput(inputs, { quiet: true }, (r) => {
    const records = extract(r.text, { doc: r.doc, types: o.type });
    for (const rec of records) counts[rec.type]++;
    const body = highlight(r.text, records, { color, context: o.context, lineNumbers: o.lineNumber });
    if (inputs.length > 1) sink.write(`${first ? '' : '\n'}==> ${r.doc} <==\n`);
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
  return commandDefaults(new Command('highlight'))
    .description('print the text with each metric colored by type (or marked ⟦…⟧ without color)')
    .argument('[inputs...]', 'files or directories; - or nothing reads standard input')
    .option('-C, --context <n>', 'only lines within N lines of a metric, groups split by -- (like grep -C)', nonNegative)
    .option('-n, --line-number', 'prefix each line with its input line number (":" metric line, "-" context)')
    .option('-t, --type <list>', 'mark only these types: percent,amount,count', list(TYPES, 'type'))
    .addOption(new Option('--color [when]', 'color: auto (terminal only, the default), always (for less -R), never').choices(['auto', 'always', 'never']))
    .option('--no-color', `no colors: metrics between ${MARK_OPEN} ${MARK_CLOSE} (also NO_COLOR=1)`)
    .option('--ext <list>', `extensions read from directories (default: ${DEFAULT_EXTENSIONS.join(',')})`, csvList)
    .option('-q, --quiet', 'no legend on stderr')
    .addHelpText('after', HIGHLIGHT_EXAMPLES)
    .action(inputsAction(runHighlight));
}
