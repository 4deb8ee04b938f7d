/** `cnmetrics summary`: per region (or indicator, doc, or all), what the mentions add up to. */
import { Command, Option } from 'commander';
import { createFormatter, type OutputFormat } from '../format/index.js';
import type { MetricRecord } from '../types.js';
import { GROUP_BY, summarize, type GroupBy } from '../views/summary.js';
import { formatSummary } from '../views/summary-format.js';
import { runSources } from '../stream/run.js';
import { EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, commandDefaults, inputsAction, terminalWidth, useColor, warn } from './common.js';
import { fileSink, outputFormat, outputGuard, outputPath, redirectNote, stdoutSink } from './output.js';
import { startProgress } from './progress.js';
import { addOutputOptions } from './extract-command.js';
import { addInputOptions, gatherInputs, jobsFor, sourcesOf, type InputCliOptions } from './inputs.js';

export interface SummaryCliOptions extends InputCliOptions {
  by: GroupBy;
  format?: OutputFormat;
  output?: string;
  header: boolean;
  bom?: boolean;
  color: boolean;
  quiet?: boolean;
}

export const SUMMARY_EXAMPLES = `
Examples:
  cnmetrics summary article.txt             a table per region
  cnmetrics summary --by none reports/      one table for everything
  cnmetrics summary --by indicator a.txt    a table per indicator
  cnmetrics summary -f md a.txt > sum.md    Markdown, for a report
  cnmetrics summary -f jsonl news/ | jq -c 'select(.kind=="total")'

A total adds figures of one measure only: the same indicator (or counted
item), unit, period and place, in one document (总投资额 of two projects).
It never adds a part to its whole (农业 to 农林牧渔业总产值, a 其中 figure
to the one before it), nor signed to started projects, nor two documents.
A figure is counted once: a paragraph repeated word for word, or a figure
a headline or a back-reference (此次, 这些, 上述) restates, is merged.
Totals say what they add (summed); fuzzy figures (超12亿元, 约5亿元) make
a bound (≈ > < ≥ ≤). A "not added" row lists what was left out, and why.

Exit status: 0 when every input was read; 2 when an input could not be
read (the others are still processed), the options were wrong or the
output could not be written; 70 when an input hit a bug in cnmetrics
(please report it; the other inputs are still processed).`;

export async function runSummary(args: string[], o: SummaryCliOptions): Promise<number> {
  const guard = outputGuard(o.output);
  const { inputs, problems } = gatherInputs(args, o, guard.isOutput);
  for (const p of problems) warn(`${p.name}: ${p.reason}`);
  const clobbered = guard.clobbers(inputs);
  if (clobbered !== null) {
    warn(`${o.output}: is also an input (${clobbered}); refusing to write over it`);
    return EXIT_USAGE;
  }
  const format = outputFormat(o.format, o.output);
  const path = outputPath(o.output);
  const note = redirectNote(o.format, o.output, format);
  if (note) warn(note);
  const progress = startProgress(inputs, { quiet: o.quiet });
  const say = (m: string) => { progress.clear(); warn(m); };
  // The same reading as extract (encodings, JSON Lines, sizes, threads): the records come back as
  // JSON Lines, which is exact for every field and is what worker threads already write.
  const records: MetricRecord[] = [];
  const decoder = new TextDecoder();
  let pending = '';
  const take = (s: string | Uint8Array) => {
    pending += typeof s === 'string' ? s : decoder.decode(s, { stream: true });
    const nl = pending.lastIndexOf('\n');
    if (nl < 0) return;
    for (const l of pending.slice(0, nl).split('\n')) if (l) records.push(JSON.parse(l) as MetricRecord);
    pending = pending.slice(nl + 1);
  };
  const jobs = jobsFor(o);
  const formatOptions = { format: 'jsonl' as const };
  const r = await runSources(sourcesOf(inputs, o, { done: (ref) => progress.step(ref), onRead: (n) => progress.read(n) }), {
    jobs, large: false, extract: { types: o.type, year: o.year }, format: formatOptions,
  }, createFormatter(formatOptions), take, say);
  progress.clear();
  const rows = summarize(records, { by: o.by });
  const out = formatSummary(rows, {
    format, header: o.header, bom: o.bom ?? false,
    color: format === 'table' && path === null && useColor(o.color), width: terminalWidth(),
  });
  const sink = path !== null ? fileSink(path) : stdoutSink();
  try {
    sink.write(out);
  } catch (e) {
    sink.close(false);
    throw e;
  }
  sink.close(true);
  if (records.length === 0 && format === 'table' && !o.quiet) warn('no metrics found');
  return r.internal ? EXIT_INTERNAL : r.failed || problems.length > 0 ? EXIT_INPUT : EXIT_OK;
}

export function summaryCommand(): Command {
  const cmd = commandDefaults(new Command('summary'))
    .description('what the metrics add up to, per region: totals of one indicator and period, project counts, growth rates')
    .argument('[inputs...]', 'files or directories; - or nothing reads standard input')
    .addOption(new Option('--by <key>', 'one table per region, indicator, doc, or none (one table)').choices(GROUP_BY).default('region'));
  addOutputOptions(cmd).option('-q, --quiet', 'no progress bar on stderr');
  return addInputOptions(cmd)
    .addHelpText('after', SUMMARY_EXAMPLES)
    .action(inputsAction(runSummary));
}
