/**
 * Repeated rounds of a run. Figures on a shared 2-core machine drift while a run goes on, and the
 * gateways are measured one after another: whichever comes first meets another machine than the
 * last. With `--rounds N` every round measures every gateway, odd rounds in the reverse order, and
 * each figure is the mean over the rounds (peak RSS the highest, errors the sum), so drift falls on
 * every gateway alike. Each round's req/s or rows/s stays in the report.
 */
import { groupBy } from '../subgraphs/kit/rows-by-key';
import type { OverheadResult } from './overhead';
import type { Usage } from './processes';
import type { ExportRow, LoadRow, OverheadRow } from './report';

/** The gateways in the order round `round` (from 0) measures them. */
export function roundOrder<T>(gateways: readonly T[], round: number): T[] {
  return round % 2 === 0 ? [...gateways] : [...gateways].reverse();
}

const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);
const mean = (values: number[]) => sum(values) / values.length;

/** Each name's figures folded into one (summed, or averaged), for the names every record gives. */
function foldByName(records: ReadonlyArray<Record<string, number>>, fold: (values: number[]) => number): Record<string, number> {
  const names = Object.keys(records[0]!).filter((name) => records.every((r) => name in r));
  return Object.fromEntries(names.map((name) => [name, fold(records.map((r) => r[name]!))]));
}

/** Rows of the same key merged into one: a key measured in a single round keeps its row as it is. */
function combine<R>(rows: readonly R[], keyOf: (row: R) => string, merge: (same: R[]) => R): R[] {
  return [...groupBy(rows, keyOf).values()].map((same) => (same.length === 1 ? same[0]! : merge(same)));
}

/** A gateway's usage over its rounds: the highest peak, the mean CPU, the seconds added up. */
function combineUsage(usages: readonly Usage[]): Usage {
  return {
    peakRssMb: Math.max(...usages.map((u) => u.peakRssMb)),
    cpuPercent: mean(usages.map((u) => u.cpuPercent)),
    seconds: sum(usages.map((u) => u.seconds)),
  };
}

export function combineLoadRows(rows: readonly LoadRow[]): LoadRow[] {
  return combine(rows, (r) => `${r.workload}|${r.gateway}`, (same) => {
    const first = same[0]!;
    const results = same.map((r) => r.result);
    return {
      workload: first.workload,
      gateway: first.gateway,
      result: {
        requests: sum(results.map((r) => r.requests)),
        seconds: sum(results.map((r) => r.seconds)),
        rps: mean(results.map((r) => r.rps)),
        p50: mean(results.map((r) => r.p50)),
        p95: mean(results.map((r) => r.p95)),
        p99: mean(results.map((r) => r.p99)),
        errors: sum(results.map((r) => r.errors)),
        firstError: results.find((r) => r.firstError)?.firstError ?? null,
      },
      usage: combineUsage(same.map((r) => r.usage)),
      // Added up, as the requests are: per request, the CPU of all rounds over their requests.
      ...(same.every((r) => r.cpuMs) ? { cpuMs: foldByName(same.map((r) => r.cpuMs!), sum) } : {}),
      rounds: results.map((r) => r.rps),
    };
  });
}

export function combineExportRows(rows: readonly ExportRow[]): ExportRow[] {
  return combine(rows, (r) => r.gateway, (same) => {
    const first = same[0]!;
    const results = same.map((r) => r.result);
    const failure = results.find((r) => r.failure)?.failure;
    return {
      gateway: first.gateway,
      result: {
        rows: first.result.rows,
        pages: first.result.pages,
        seconds: mean(results.map((r) => r.seconds)),
        rowsPerSecond: mean(results.map((r) => r.rowsPerSecond)),
        errors: sum(results.map((r) => r.errors)),
        ...(failure ? { failure } : {}),
      },
      firstRowsPerSecond: mean(same.map((r) => r.firstRowsPerSecond)),
      usage: combineUsage(same.map((r) => r.usage)),
      // Averaged, as an export's rows are those of one export.
      ...(same.every((r) => r.cpuMs) ? { cpuMs: foldByName(same.map((r) => r.cpuMs!), mean) } : {}),
      rounds: results.map((r) => r.rowsPerSecond),
    };
  });
}

export function combineOverheadRows(rows: readonly OverheadRow[]): OverheadRow[] {
  return combine(rows, (r) => r.gateway, (same) => {
    const first = same[0]!;
    const results = same.map((r) => r.result);
    const average = (pick: (r: OverheadResult) => number) => mean(results.map(pick));
    return {
      gateway: first.gateway,
      result: {
        samples: sum(results.map((r) => r.samples)),
        failed: sum(results.map((r) => r.failed)),
        waves: first.result.waves,
        gatewayP50: average((r) => r.gatewayP50),
        chainP50: average((r) => r.chainP50),
        overheadP50: average((r) => r.overheadP50),
        pairedOverheadP50: average((r) => r.pairedOverheadP50),
        gatewayP95: average((r) => r.gatewayP95),
        chainP95: average((r) => r.chainP95),
      },
      rounds: results.map((r) => r.overheadP50),
    };
  });
}
