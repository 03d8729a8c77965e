/**
 * GATEWAY_WORKERS > 1: this process forks the gateway workers, which share the port (node:cluster,
 * connections dealt round-robin), and serves none itself. It keeps their number (a worker that
 * dies is replaced, a second later), gathers their metrics for whichever worker is asked for
 * /metrics (cluster-metrics.ts), and on SIGTERM/SIGINT has each stop gracefully and exits when all
 * have: 0 if every worker closed cleanly.
 */
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../../../subgraphs/kit/log';
import { serveClusterMetrics } from './cluster-metrics';

const RESTART_DELAY_MS = 1000;

export function runPrimary(options: { workers: number; log: Logger; sharedStore: boolean }): void {
  const { log } = options;
  if (!options.sharedStore) {
    log.warn('gateway workers without REDIS_URL: each keeps its own persisted queries and response cache', { workers: options.workers });
  }
  serveClusterMetrics();
  let stopping = false;
  let failed = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.on('exit', (code, signal) => {
      if (stopping) {
        // A worker still starting when told to stop dies by the signal: it had nothing in flight.
        if (code !== 0 && signal !== 'SIGTERM') failed = true;
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
        return;
      }
      log.error('gateway worker died; starting another', { pid: worker.process.pid, code, signal });
      setTimeout(() => {
        if (!stopping) fork();
      }, RESTART_DELAY_MS).unref();
    });
    return worker;
  };
  for (let i = 0; i < options.workers; i++) fork();
  log.info('gateway workers started', { workers: options.workers, primaryPid: process.pid });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    log.info('stopping gateway workers', { signal, workers: workers.length });
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker.process.kill('SIGTERM');
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  // A supergraph reload on SIGHUP reaches every worker (supergraph-file.ts).
  process.on('SIGHUP', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGHUP');
  });
}
