/**
 * The command line: a thin shell over the library. Each command lives in its own module;
 * this one registers them and turns option errors into exit status 2.
 */
import { Command, CommanderError } from 'commander';
import { EXIT_USAGE, warn } from './common.js';
import { EXAMPLES, extractCommand } from './extract-command.js';
import { highlightCommand } from './highlight-command.js';
import { summaryCommand } from './summary-command.js';
import { serveCommand } from './serve-command.js';
import { VERSION } from './version.js';

export function buildProgram(): Command {
  const program = new Command('cnmetrics')
    .description('Extract percentages, money amounts and counts — with what they measure — from Chinese news and report text.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run cnmetrics --help for usage)')
    .configureOutput({ outputError: (s, write) => write(s) })
    .exitOverride();
  const extract = extractCommand();
  program.addCommand(extract, { isDefault: true });
  program.addCommand(summaryCommand());
  program.addCommand(highlightCommand());
  program.addCommand(serveCommand());
  // `cnmetrics -f csv a.txt` runs extract: its options belong in the first help a newcomer reads.
  program.addHelpText('after', () => {
    const h = program.createHelp();
    h.prepareContext({ helpWidth: program.configureOutput().getOutHelpWidth?.() });
    const opts = h.visibleOptions(extract).filter((o) => o.long !== '--help');
    const width = Math.max(...opts.map((o) => h.displayWidth(h.optionTerm(o))));
    const items = opts.map((o) => h.formatItem(h.optionTerm(o), width, h.optionDescription(o), h));
    return `\nOptions of extract, the default command:\n${items.join('\n')}\n${EXAMPLES}`;
  });
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // `cnmetrics --help | head`: the reader went away; there is nothing more to say, and no stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') {
        process.exitCode = 0; return;
      }
      if (e.code === 'cnmetrics.invalidArgument') process.stderr.write(`cnmetrics: ${e.message.replace(/^error: /, '')}\n(run cnmetrics --help for usage)\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    warn(`internal error: ${(e as Error)?.message ?? String(e)}`);
    process.exitCode = 70; // EX_SOFTWARE: a bug in cnmetrics, not in the input
  }
}
