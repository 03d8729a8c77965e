/**
 * `coopgraph import`: reads the command line, writes a template or runs the import, and exits with
 * a code a scheduler can act on (cli/import/exit-codes.ts).
 */
import { Progress, type ProgressMode } from '../progress';
import { parseImportCommandLine, IMPORT_USAGE } from './command-line';
import { IMPORT_EXIT, IMPORT_EXIT_MEANINGS, type ImportExitCode } from './exit-codes';
import { KINDS } from './kinds';
import { runImport } from './run-import';
import { writeTemplate } from './template';

export function importHelp(): string {
  return [
    'Imports a file of a region\'s records through the gateway, in batches, with your token.',
    '',
    IMPORT_USAGE,
    '',
    `Kinds: ${KINDS.map((k) => `${k.name} (${k.titleZh}; ${k.regions.join(', ')})`).join('; ')}.`,
    'Files: .csv (UTF-8 with or without BOM, or GB18030), .xlsx (first sheet, or --sheet), .ndjson.',
    'Headers in Chinese, English or both (统一社会信用代码 — Credit code); --template writes them.',
    '',
    'Exit codes:',
    ...IMPORT_EXIT_MEANINGS.map((m) => `  ${m.code}  ${m.meaning}`),
    '',
  ].join('\n');
}

export async function importMain(argv: string[]): Promise<ImportExitCode> {
  const command = parseImportCommandLine(argv, process.env);
  if ('help' in command) {
    process.stdout.write(importHelp());
    return IMPORT_EXIT.OK;
  }
  if ('usage' in command) {
    process.stderr.write(`coopgraph import: ${command.usage}\nRun coopgraph import --help for the options.\n`);
    return IMPORT_EXIT.FAILED;
  }
  if ('template' in command) {
    const t = command.template;
    try {
      await writeTemplate(t.out, t.format, t.kind, t.region);
    } catch (error) {
      process.stderr.write(`coopgraph import: cannot write ${t.out}: ${(error as Error).message}\n`);
      return IMPORT_EXIT.FAILED;
    }
    process.stdout.write(`${t.out}\n`);
    return IMPORT_EXIT.OK;
  }
  const { run } = command;
  const mode: ProgressMode = run.progress === 'auto' ? (process.stderr.isTTY ? 'bar' : 'log') : run.progress;
  const progress = new Progress(process.stderr, mode, run.file, Date.now, { name: 'import', step: 'batch' });
  const summary = await runImport({ ...run, progress });
  if (summary.message) progress.error(summary.message, { exitCode: summary.exit });
  const what = run.dryRun ? 'dry run (nothing written)' : 'imported';
  process.stdout.write(
    `${what}: ${summary.rowsRead} rows read, ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejectedRows} rejected` +
      `${summary.rejectedRows && run.report ? ` (see ${run.report.file})` : ''}\n`,
  );
  return summary.exit;
}
