/**
 * The firm export's metrics: exports running now, exports ended by outcome, and rows written. An
 * export is one long response, not a GraphQL request: without these it would be invisible on
 * /metrics, and the limit on exports running at once (CROSSREGION_MAX_EXPORTS) could not be tuned.
 */
import { Counter, Gauge, type Registry } from 'prom-client';

/**
 * How an export ended: `whole` with every region, `partial` with a region missing from some row on
 * (the end line names it), `client_gone` when the reader left, `failed` without an end line, and
 * `refused` when as many were running as allowed.
 */
export const EXPORT_OUTCOMES = ['whole', 'partial', 'client_gone', 'failed', 'refused'] as const;
export type ExportOutcome = (typeof EXPORT_OUTCOMES)[number];

export interface ExportMetrics {
  started(): void;
  /** An export that started has ended. */
  ended(outcome: Exclude<ExportOutcome, 'refused'>, rows: number): void;
  refused(): void;
}

export function exportMetrics(registry: Registry): ExportMetrics {
  const registers = [registry];
  const running = new Gauge({ name: 'coopgraph_crossregion_exports_running', help: 'Firm exports being written now', registers });
  const ended = new Counter({ name: 'coopgraph_crossregion_exports_total', help: 'Firm exports ended, by outcome (whole, partial, client_gone, failed, refused)', labelNames: ['outcome'], registers });
  const rows = new Counter({ name: 'coopgraph_crossregion_export_rows_total', help: 'Firm rows written by exports', registers });
  // Every series from the start, so a rate of refusals that never happened reads 0, not "no data".
  for (const outcome of EXPORT_OUTCOMES) ended.inc({ outcome }, 0);
  return {
    started: () => running.inc(),
    ended(outcome, written) {
      running.dec();
      ended.inc({ outcome });
      rows.inc(written);
    },
    refused: () => ended.inc({ outcome: 'refused' }),
  };
}
