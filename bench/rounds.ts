/**
 * Repeated rounds of a run. Figures on a shared 2-core machine drift while a run goes on, and the
 * gateways are measured one after another: whichever comes first meets another machine than the
 * last. With `--rounds N` every round measures every gateway, odd rounds in the reverse order, and
 * each figure is the mean over the rounds (peak RSS the highest, errors the sum), so drift falls on
 * every gateway alike. Each round's req/s or rows/s stays in the report.
 */
import type { OverheadResult } from './overhead';
import type { Usage } from './processes';
import type { ExportRow, LoadRow, OverheadRow } from './report';

/** The gateways in the order round `round` (from 0) measures them. */
export function roundOrder<T>(gateways: readonly T[], round: number): T[] {
  return round % 2 === 0 ? [...gateways] : [...gateways].reverse();
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Rows of the same key, in the order their keys first appear. */
function groups<R>(rows: readonly R[], keyOf: (row: R) => string): R[][] {
  const byKey = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const same = byKey.get(key);
    if (same) same.push(row);
    else byKey.set(key, [row]);
  }
  return [...byKey.values()];
}

/** A gateway's usage over its rounds: the highest peak, the mean CPU, the seconds added up. */
function combineUsage(usages: readonly Usage[]): Usage {
  return {
    peakRssMb: Math.max(...usages.map((u) => u.peakRssMb)),
    cpuPercent: mean(usages.map((u) => u.cpuPercent)),
    seconds: usages.reduce((sum, u) => sum + u.seconds, 0),
  };
}

export function combineLoadRows(rows: readonly LoadRow[]): LoadRow[] {
  return groups(rows, (r) => `${r.workload}|${r.gateway}`).map((same) => {
    const first = same[0]!;
    if (same.length === 1) return first;
    const results = same.map((r) => r.result);
    return {
      workload: first.workload,
      gateway: first.gateway,
      result: {
        requests: results.reduce((sum, r) => sum + r.requests, 0),
        seconds: results.reduce((sum, r) => sum + r.seconds, 0),
        rps: mean(results.map((r) => r.rps)),
        p50: mean(results.map((r) => r.p50)),
        p95: mean(results.map((r) => r.p95)),
        p99: mean(results.map((r) => r.p99)),
        errors: results.reduce((sum, r) => sum + r.errors, 0),
        firstError: results.find((r) => r.firstError)?.firstError ?? null,
      },
      usage: combineUsage(same.map((r) => r.usage)),
      rounds: results.map((r) => r.rps),
    };
  });
}

export function combineExportRows(rows: readonly ExportRow[]): ExportRow[] {
  return groups(rows, (r) => r.gateway).map((same) => {
    const first = same[0]!;
    if (same.length === 1) return first;
    const results = same.map((r) => r.result);
    const failure = results.find((r) => r.failure)?.failure;
    return {
      gateway: first.gateway,
      result: {
        rows: first.result.rows,
        pages: first.result.pages,
        seconds: mean(results.map((r) => r.seconds)),
        rowsPerSecond: mean(results.map((r) => r.rowsPerSecond)),
        errors: results.reduce((sum, r) => sum + r.errors, 0),
        ...(failure ? { failure } : {}),
      },
      usage: combineUsage(same.map((r) => r.usage)),
      rounds: results.map((r) => r.rowsPerSecond),
    };
  });
}

export function combineOverheadRows(rows: readonly OverheadRow[]): OverheadRow[] {
  return groups(rows, (r) => r.gateway).map((same) => {
    const first = same[0]!;
    if (same.length === 1) return first;
    const results = same.map((r) => r.result);
    const average = (pick: (r: OverheadResult) => number) => mean(results.map(pick));
    return {
      gateway: first.gateway,
      result: {
        samples: results.reduce((sum, r) => sum + r.samples, 0),
        failed: results.reduce((sum, r) => sum + r.failed, 0),
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
