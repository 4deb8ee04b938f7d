/** `cnmetrics summary`: per region (or indicator, doc, or all), what the mentions add up to. */
import { Command, Option } from 'commander';
import { extract } from '../pipeline.js';
import type { OutputFormat } from '../format/index.js';
import { collectInputs, DEFAULT_EXTENSIONS } from '../input/collect.js';
import type { MetricRecord } from '../types.js';
import { GROUP_BY, summarize, type GroupBy } from '../views/summary.js';
import { formatSummary } from '../views/summary-format.js';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, FORMATS, commandDefaults, csvList, inputsAction, terminalWidth, useColor, warn } from './common.js';
import { fileSink, stdoutSink } from './output.js';
import { forEachInput } from './progress.js';

export interface SummaryCliOptions {
  by: GroupBy;
  format?: OutputFormat;
  output?: string;
  header: boolean;
  bom?: boolean;
  color: boolean;
  ext?: string[];
  quiet?: boolean;
}

export const SUMMARY_EXAMPLES = `
Examples:
  cnmetrics summary article.txt                one table per region: amount totals, projects, growth rates
  cnmetrics summary --by none reports/         one table for everything
  cnmetrics summary --by indicator a.txt       totals per indicator (总投资额, 合同投资额 …)
  cnmetrics summary -f md a.txt > summary.md   Markdown tables for a report or an issue
  cnmetrics summary -f jsonl news/ | jq -c 'select(.kind=="total")'

Totals say what was summed (the summed column / detail field). A total that includes a
fuzzy figure (超12亿元, 约5亿元) or a range carries approx and is shown with ≈ > < ≥ ≤.
A figure is counted once per document: a paragraph repeated word for word, or a figure
the headline or a back-reference (此次, 这些, 上述) restates with the same measure and place,
is merged; a 其中 part of an earlier figure is not added to it. The mentions row and the
summed column say what was merged or left out.`;

export async function runSummary(args: string[], o: SummaryCliOptions): Promise<number> {
  const { inputs, problems } = collectInputs(args, o.ext ?? DEFAULT_EXTENSIONS);
  for (const p of problems) warn(`${p.name}: ${p.reason}`);
  const format: OutputFormat = o.format ?? (o.output ? 'tsv' : process.stdout.isTTY ? 'table' : 'tsv');
  const records: MetricRecord[] = [];
  const failed = await forEachInput(inputs, { quiet: o.quiet }, (r) => {
    for (const rec of extract(r.text, { doc: r.doc })) records.push(rec);
  });
  const rows = summarize(records, { by: o.by });
  const out = formatSummary(rows, {
    format, header: o.header, bom: o.bom ?? false,
    color: format === 'table' && useColor(o.color), width: terminalWidth(),
  });
  const sink = o.output ? fileSink(o.output) : stdoutSink();
  try {
    sink.write(out);
    sink.close(true);
  } catch (e) {
    sink.close(false);
    throw e;
  }
  if (records.length === 0 && format === 'table' && !o.quiet) warn('no metrics found');
  return failed || problems.length > 0 ? EXIT_INPUT : EXIT_OK;
}

export function summaryCommand(): Command {
  return commandDefaults(new Command('summary'))
    .description('what the metrics add up to, per region: amount totals, project counts, growth rates')
    .argument('[inputs...]', 'files or directories; - or nothing reads standard input')
    .addOption(new Option('--by <key>', 'one table per region, indicator, doc, or none (one table)').choices(GROUP_BY).default('region'))
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, tsv when piped)').choices(FORMATS))
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--no-header', 'csv/tsv: leave out the header row')
    .option('--bom', 'start the output with a UTF-8 BOM so Excel reads Chinese correctly')
    .option('--no-color', 'no colors in the table (also honours NO_COLOR / FORCE_COLOR)')
    .option('--ext <list>', `extensions read from directories (default: ${DEFAULT_EXTENSIONS.join(',')})`, csvList)
    .option('-q, --quiet', 'no progress bar on stderr')
    .addHelpText('after', SUMMARY_EXAMPLES)
    .action(inputsAction(runSummary));
}
