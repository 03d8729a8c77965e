/** The command line of `coopgraph report`, read into options or a usage error. */
import { parseArgs } from 'node:util';
import { FORMAT_NAMES, isFormatName, type FormatName } from './formats/format';
import { formatOfPath } from './formats';
import type { ProgressMode } from './progress';

export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';

export interface ReportCommand {
  report: string;
  vars: Array<[string, string]>;
  format: FormatName;
  output: string | null;
  resume: boolean;
  /** Page through GraphQL even where the streamed firm export could serve the report. */
  paged: boolean;
  token: string | null;
  gatewayUrl: string;
  pageSize: number | null;
  retries: number;
  retryDelayMs: number;
  timeoutMs: number;
  pageDelayMs: number;
  progress: ProgressMode | 'auto';
}

export type Command = { help: true } | { list: true } | { run: ReportCommand } | { usage: string };

function whole(name: string, raw: string | undefined, fallback: number | null, min: number, max: number): number | null | string {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) return `--${name} must be a whole number from ${min} to ${max}, got "${raw}"`;
  return value;
}

export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return { usage: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [command, report, ...extra] = positionals;
  if (command === 'reports' || (command === 'report' && values.list)) return { list: true };
  if (command === undefined) return { help: true };
  if (command !== 'report') return { usage: `unknown command "${command}"; use: coopgraph report <name|file.graphql> [options]` };
  if (!report) return { usage: 'which report? coopgraph report <name|file.graphql> (coopgraph reports lists them)' };
  if (extra.length) return { usage: `unexpected argument(s): ${extra.join(' ')}` };

  const vars: Array<[string, string]> = [];
  for (const pair of values.var ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) return { usage: `--var ${pair}: write --var name=value` };
    vars.push([pair.slice(0, at), pair.slice(at + 1)]);
  }
  const output = values.out ?? null;
  const format = values.format ?? (output ? formatOfPath(output) : null) ?? 'csv';
  if (!isFormatName(format)) return { usage: `--format ${format}: use one of ${FORMAT_NAMES.join(', ')}` };
  const progress = values.progress ?? 'auto';
  if (!['auto', 'bar', 'log', 'none'].includes(progress)) return { usage: `--progress ${progress}: use auto, bar, log or none` };
  const gatewayUrl = values.gateway ?? env.COOPGRAPH_GATEWAY_URL ?? DEFAULT_GATEWAY_URL;
  if (!/^https?:\/\//.test(gatewayUrl)) return { usage: `--gateway ${gatewayUrl}: an http(s) URL of the gateway's /graphql` };

  const numbers = {
    pageSize: whole('page-size', values['page-size'], null, 1, 200),
    retries: whole('retries', values.retries, 5, 0, 100),
    retryDelayMs: whole('retry-delay-ms', values['retry-delay-ms'], 500, 1, 600_000),
    timeoutMs: whole('timeout-ms', values['timeout-ms'], 60_000, 1, 3_600_000),
    pageDelayMs: whole('page-delay-ms', values['page-delay-ms'], 0, 0, 600_000),
  };
  for (const value of Object.values(numbers)) if (typeof value === 'string') return { usage: value };

  return {
    run: {
      report,
      vars,
      format,
      output,
      resume: values.resume ?? false,
      paged: values.paged ?? false,
      token: values.token ?? env.COOPGRAPH_TOKEN ?? null,
      gatewayUrl,
      pageSize: numbers.pageSize as number | null,
      retries: numbers.retries as number,
      retryDelayMs: numbers.retryDelayMs as number,
      timeoutMs: numbers.timeoutMs as number,
      pageDelayMs: numbers.pageDelayMs as number,
      progress: progress as ReportCommand['progress'],
    },
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      var: { type: 'string', multiple: true },
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      resume: { type: 'boolean' },
      paged: { type: 'boolean' },
      token: { type: 'string' },
      gateway: { type: 'string' },
      'page-size': { type: 'string' },
      retries: { type: 'string' },
      'retry-delay-ms': { type: 'string' },
      'timeout-ms': { type: 'string' },
      'page-delay-ms': { type: 'string' },
      progress: { type: 'string' },
      list: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
