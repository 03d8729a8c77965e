#!/usr/bin/env node
/**
 * `coopgraph report <name|file.graphql>`: the reporting jobs' exporter. Reads the command line,
 * runs the export and exits with a code a scheduler can act on (cli/exit-codes.ts).
 * `coopgraph import …` is the importer (cli/import/main.ts), with exit codes of its own.
 */
import { parseCommandLine } from './command-line';
import { EXIT } from './exit-codes';
import { runExport } from './export';
import { helpText } from './help';
import { Progress, type ProgressMode } from './progress';
import { describeBuiltInReports, loadReport } from './report-catalog';

async function main(argv: string[]): Promise<number> {
  // Loaded only when asked for: the import's area tables and workbook reader would be a third of a
  // lean report job's heap (reports/memory.test.ts runs the exporter in 32 MB).
  /* eslint-disable @typescript-eslint/no-require-imports */
  if (argv[0] === 'token') return (require('./token') as typeof import('./token')).runTokenCommand(argv.slice(1), process.env, process.stdout, process.stderr);
  if (argv[0] === 'import') return (require('./import/main') as typeof import('./import/main')).importMain(argv.slice(1));
  /* eslint-enable @typescript-eslint/no-require-imports */
  const command = parseCommandLine(argv, process.env);
  if ('help' in command) {
    process.stdout.write(helpText(describeBuiltInReports()));
    return EXIT.OK;
  }
  if ('list' in command) {
    for (const r of describeBuiltInReports()) process.stdout.write(`${r.name}\t${r.description}\n`);
    return EXIT.OK;
  }
  if ('usage' in command) {
    process.stderr.write(`coopgraph: ${command.usage}\nRun coopgraph --help for the options.\n`);
    return EXIT.USAGE;
  }
  const { run } = command;
  const loaded = loadReport(run.report);
  if ('usage' in loaded) {
    process.stderr.write(`coopgraph: ${loaded.usage}\n`);
    return EXIT.USAGE;
  }
  if ('errors' in loaded) {
    process.stderr.write(`coopgraph: the report does not parse:\n${loaded.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return EXIT.GRAPHQL;
  }
  const mode: ProgressMode = run.progress === 'auto' ? (process.stderr.isTTY ? 'bar' : 'log') : run.progress;
  const progress = new Progress(process.stderr, mode, loaded.report.name);
  const summary = await runExport({
    report: loaded.report,
    format: run.format,
    output: run.output,
    resume: run.resume,
    paged: run.paged,
    vars: run.vars,
    gatewayUrl: run.gatewayUrl,
    token: run.token,
    pageSize: run.pageSize,
    timeoutMs: run.timeoutMs,
    backoff: { retries: run.retries, baseMs: run.retryDelayMs, maxMs: 30_000 },
    pageDelayMs: run.pageDelayMs,
    progress,
    stdout: process.stdout,
  });
  if (summary.message) {
    if (summary.exit === EXIT.PARTIAL) progress.warn(summary.message, { exitCode: summary.exit });
    else progress.error(summary.message, { exitCode: summary.exit });
  }
  return summary.exit;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`coopgraph: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = EXIT.USAGE;
  },
);
