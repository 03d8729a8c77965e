/** Runs the built exporter (dist/cli/main.js) as a reporting job would: its own process, real HTTP. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { builtInReportNames, loadReport } from '../../../cli/report-catalog';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../../scripts/system';

export const CLI = path.join(ROOT, 'dist/cli/main.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
  /** stderr's JSON log lines (--progress log). */
  logs: Array<Record<string, unknown>>;
}

export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, COOPGRAPH_TOKEN: '', COOPGRAPH_GATEWAY_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => stdout.push(d));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliRun>((resolve) =>
    child.once('close', (code, signal) =>
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout),
        stderr,
        logs: stderr
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as Record<string, unknown>),
      }),
    ),
  );
  return { child, done };
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return startCli(args, env).done;
}

export function scratchDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `coopgraph-${label}-`));
}

/**
 * CSV as the exporter writes it (RFC 4180, BOM), read back into objects keyed by column: a built-in
 * report's bilingual header ("产业链 — chain") is keyed by the column it heads (chain.nameZh).
 */
export function readCsv(file: string): Array<Record<string, string>> {
  const rows = readCsvHeaders(file);
  const written = Object.keys(rows[0] ?? {});
  // The built-in report whose headers these are.
  const headers = builtInReportNames()
    .map((name) => loadReport(name))
    .flatMap((loaded) => ('report' in loaded ? [loaded.report.headers] : []))
    .find((h) => written.length > 0 && written.every((header) => Object.values(h).includes(header) || header in h));
  const columnOf = new Map(Object.entries(headers ?? {}).map(([column, header]) => [header, column]));
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([header, value]) => [columnOf.get(header) ?? header, value])));
}

/** CSV read back into objects keyed by the header line as written. */
export function readCsvHeaders(file: string): Array<Record<string, string>> {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.startsWith('\uFEFF')) throw new Error(`${file} has no byte-order mark`);
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else field += c;
  }
  if (field !== '' || record.length) throw new Error(`${file} does not end with CRLF`);
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}
