/**
 * The built-in reports (reports/*.graphql at the repository root) and how a command-line argument
 * names one: a built-in report's name, or the path of any .graphql file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseReport, type ReportDefinition } from './report-definition';

const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
export const REPORTS_DIR = path.join(ROOT, 'reports');

export function builtInReportNames(dir = REPORTS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => f.slice(0, -'.graphql'.length))
    .sort();
}

export type LoadedReport = { report: ReportDefinition } | { usage: string } | { errors: string[] };

export function loadReport(argument: string, dir = REPORTS_DIR): LoadedReport {
  const isFile = argument.endsWith('.graphql') || argument.includes('/') || argument.includes(path.sep);
  const file = isFile ? path.resolve(argument) : path.join(dir, `${argument}.graphql`);
  if (!fs.existsSync(file)) {
    return { usage: isFile ? `no such file: ${argument}` : `no built-in report "${argument}"; built-in reports: ${builtInReportNames(dir).join(', ')} (or give the path of a .graphql file)` };
  }
  return parseReport(path.basename(file, '.graphql'), file, fs.readFileSync(file, 'utf8'));
}

/** Name and description of every built-in report, for --help and --list. */
export function describeBuiltInReports(dir = REPORTS_DIR): Array<{ name: string; description: string }> {
  return builtInReportNames(dir).map((name) => {
    const loaded = loadReport(name, dir);
    return { name, description: 'report' in loaded ? loaded.report.description : '(does not parse)' };
  });
}
