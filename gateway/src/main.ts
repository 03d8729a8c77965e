/**
 * Gateway process entry: configuration validated first, graceful shutdown on SIGTERM/SIGINT. With
 * GATEWAY_WORKERS > 1 this process is the primary that forks the gateway workers (workers/primary.ts).
 */
import cluster from 'node:cluster';
import v8 from 'node:v8';
import { createLogger } from '../../subgraphs/kit/log';
import { runProcess } from '../../subgraphs/kit/process';
import { loadGatewayConfig } from './config';
import { heapBudgetGiven } from './heap-budget';
import { startGateway } from './server';
import { runPrimary } from './workers/primary';

const loaded = loadGatewayConfig();
if (cluster.isPrimary && loaded.config && loaded.config.workers > 1) {
  runPrimary({ workers: loaded.config.workers, log: createLogger('gateway', loaded.config.logLevel), sharedStore: !!loaded.config.store.redisUrl });
} else {
  void runProcess('gateway', {
    load: () => loaded,
    start: (config) => {
      // Only the command that starts node can set the heap budget: say so when it did not.
      const given = heapBudgetGiven();
      if (given !== config.heapMb) {
        createLogger('gateway', config.logLevel).warn('gateway runs without its heap budget', {
          heapMb: config.heapMb,
          givenMb: given ?? null,
          heapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / (1024 * 1024)),
          fix: `start it with node --max-old-space-size=${config.heapMb}, or set GATEWAY_HEAP_MB to the budget it was given`,
        });
      }
      return startGateway(config);
    },
  });
}
