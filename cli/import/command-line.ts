/** The command line of `coopgraph import`, read into options or a usage error. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { RegionName } from '../../schema/contract/errors';
import { DEFAULT_GATEWAY_URL } from '../command-line';
import type { ProgressMode } from '../progress';
import { findKind, KINDS, type ImportKind } from './kinds';
import { formatOfFile, type FileFormat } from './read-table';
import { reportFormatOf, type ReportFormat } from './report';

const REGIONS: readonly RegionName[] = ['tianjin', 'yangtze', 'zhejiang'];

export interface ImportCommand {
  file: string;
  format: FileFormat;
  region: RegionName;
  kind: ImportKind;
  sheet: string | null;
  dryRun: boolean;
  report: { file: string; format: ReportFormat } | null;
  resume: boolean;
  gatewayUrl: string;
  token: string | null;
  batchSize: number;
  retries: number;
  timeoutMs: number;
  progress: ProgressMode | 'auto';
}

export interface TemplateCommand {
  kind: ImportKind;
  region: RegionName | null;
  format: 'csv' | 'xlsx';
  out: string;
}

export type ImportCommandLine = { help: true } | { usage: string } | { template: TemplateCommand } | { run: ImportCommand };

export const IMPORT_USAGE = `coopgraph import <file> --region <${REGIONS.join('|')}> --kind <${KINDS.map((k) => k.name).join('|')}> [--dry-run] [--report rejects.csv|.xlsx] [--resume]
                 [--sheet NAME] [--batch-size N] [--gateway URL] [--token T] [--progress auto|bar|log|none]
coopgraph import --template <kind> [--region R] [--format xlsx|csv] [--out FILE]`;

function whole(name: string, raw: string | undefined, fallback: number, min: number, max: number): number | string {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) return `--${name} must be a whole number from ${min} to ${max}, got "${raw}"`;
  return Number(raw);
}

export function parseImportCommandLine(argv: string[], env: NodeJS.ProcessEnv): ImportCommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        region: { type: 'string' },
        kind: { type: 'string' },
        'dry-run': { type: 'boolean' },
        report: { type: 'string' },
        resume: { type: 'boolean' },
        sheet: { type: 'string' },
        'batch-size': { type: 'string' },
        retries: { type: 'string' },
        'timeout-ms': { type: 'string' },
        gateway: { type: 'string' },
        token: { type: 'string' },
        progress: { type: 'string' },
        template: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { usage: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const region = values.region as RegionName | undefined;
  if (region !== undefined && !REGIONS.includes(region)) return { usage: `--region ${region}: use one of ${REGIONS.join(', ')}` };

  if (values.template !== undefined) {
    const kind = findKind(values.template);
    if (!kind) return { usage: `--template ${values.template}: the kinds are ${KINDS.map((k) => k.name).join(', ')}` };
    if (positionals.length) return { usage: `--template writes a new file (--out); unexpected argument(s): ${positionals.join(' ')}` };
    const format = values.format ?? (values.out ? path.extname(values.out).slice(1).toLowerCase() : 'xlsx');
    if (format !== 'csv' && format !== 'xlsx') return { usage: `--format ${format}: a template is xlsx or csv` };
    return { template: { kind, region: region ?? null, format, out: values.out ?? `${kind.name}-template${region ? `-${region}` : ''}.${format}` } };
  }

  const [file, ...extra] = positionals;
  if (!file) return { usage: `which file? ${IMPORT_USAGE.split('\n')[0]}` };
  if (extra.length) return { usage: `unexpected argument(s): ${extra.join(' ')}` };
  const format = formatOfFile(file);
  if (!format) return { usage: `${file}: the importer reads .csv, .xlsx and .ndjson files` };
  if (!region) return { usage: '--region is required: the region whose data the file holds' };
  if (!values.kind) return { usage: `--kind is required: one of ${KINDS.map((k) => k.name).join(', ')}` };
  const kind = findKind(values.kind);
  if (!kind) return { usage: `--kind ${values.kind}: use one of ${KINDS.map((k) => k.name).join(', ')}` };
  if (!kind.regions.includes(region)) return { usage: `${region} does not import ${kind.name} (regions that do: ${kind.regions.join(', ')})` };
  let report: ImportCommand['report'] = null;
  if (values.report) {
    const reportFormat = reportFormatOf(values.report);
    if (!reportFormat) return { usage: `--report ${values.report}: a report is a .csv or .xlsx file` };
    report = { file: values.report, format: reportFormat };
  }
  const progress = values.progress ?? 'auto';
  if (!['auto', 'bar', 'log', 'none'].includes(progress)) return { usage: `--progress ${progress}: use auto, bar, log or none` };
  const gatewayUrl = values.gateway ?? env.COOPGRAPH_GATEWAY_URL ?? DEFAULT_GATEWAY_URL;
  if (!/^https?:\/\//.test(gatewayUrl)) return { usage: `--gateway ${gatewayUrl}: an http(s) URL of the gateway's /graphql` };
  // 200 rows: a batch well inside the gateway's subgraph timeout even on a loaded machine.
  const batchSize = whole('batch-size', values['batch-size'], 200, 1, 1000);
  const retries = whole('retries', values.retries, 5, 0, 100);
  const timeoutMs = whole('timeout-ms', values['timeout-ms'], 120_000, 1, 3_600_000);
  for (const v of [batchSize, retries, timeoutMs]) if (typeof v === 'string') return { usage: v };
  return {
    run: {
      file,
      format,
      region,
      kind,
      sheet: values.sheet ?? null,
      dryRun: values['dry-run'] ?? false,
      report,
      resume: values.resume ?? false,
      gatewayUrl,
      token: values.token ?? env.COOPGRAPH_TOKEN ?? null,
      batchSize: batchSize as number,
      retries: retries as number,
      timeoutMs: timeoutMs as number,
      progress: progress as ImportCommand['progress'],
    },
  };
}
