/**
 * The cross-region layer's own metrics, beside Node's process metrics: every call to a region's
 * directory with its latency by region, operation and outcome (ok, timeout, unreachable, error),
 * and the calls that cost a region's part of an answer, by region and the code the caller is
 * answered with (REGION_TIMEOUT, REGION_UNAVAILABLE).
 */
import { Counter, Histogram, type Registry } from 'prom-client';
import { regionFailureCode } from '../../../schema/contract/errors';
import { LATENCY_BUCKETS } from '../../kit/http/metrics';
import { REGIONS } from './config';
import type { RegionCall } from './region-client';

export function regionCallMetrics(registry: Registry): (call: RegionCall) => void {
  const registers = [registry];
  const duration = new Histogram({
    name: 'coopgraph_crossregion_region_call_duration_seconds',
    help: "Time of one call to a region's directory, by region, operation and outcome (ok, timeout, unreachable, error)",
    labelNames: ['region', 'operation', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const errors = new Counter({
    name: 'coopgraph_crossregion_region_errors_total',
    help: 'Calls to a region that gave no usable answer, by region and the error code answered (REGION_TIMEOUT, REGION_UNAVAILABLE)',
    labelNames: ['region', 'code'],
    registers,
  });
  // Every series from the start, so a rate over a region that never failed reads 0, not "no data".
  for (const region of REGIONS) for (const code of ['REGION_TIMEOUT', 'REGION_UNAVAILABLE']) errors.inc({ region, code }, 0);

  return ({ region, operation, outcome, durationMs }) => {
    duration.observe({ region, operation, outcome }, durationMs / 1000);
    if (outcome !== 'ok') errors.inc({ region, code: regionFailureCode(outcome) });
  };
}
