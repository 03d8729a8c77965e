/**
 * /metrics across gateway workers: the worker a scrape reaches asks the primary, which gathers
 * every worker's registry (prom-client's AggregatorRegistry: counters and histograms summed) and
 * sends the text back. So one scrape of the port sees the whole gateway, whichever worker answers.
 */
import cluster from 'node:cluster';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AggregatorRegistry, type Registry } from 'prom-client';

const REQUEST = 'coopgraph:cluster-metrics-request';
const REPLY = 'coopgraph:cluster-metrics-reply';
const TIMEOUT_MS = 5000;

interface MetricsMessage {
  type: string;
  id: number;
  text?: string;
  error?: string;
}

/** In the primary: answers the workers' requests with every worker's metrics. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: MetricsMessage) => {
    if (message?.type !== REQUEST) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: REPLY, id: message.id, text }),
      (error: Error) => worker.send({ type: REPLY, id: message.id, error: error.message }),
    );
  });
}

/** In a worker: the /metrics route that answers for every worker, `registry` being this one's. */
export function clusterMetricsRoute(registry: Registry) {
  // The primary gathers this worker's registry through prom-client's own worker listener.
  AggregatorRegistry.setRegistries([registry]);
  new AggregatorRegistry();
  let next = 0;
  const pending = new Map<number, (message: MetricsMessage) => void>();
  process.on('message', (message: MetricsMessage) => {
    if (message?.type === REPLY) pending.get(message.id)?.(message);
  });
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const id = next++;
    const reply = await new Promise<MetricsMessage>((resolve) => {
      const timer = setTimeout(() => resolve({ type: REPLY, id, error: 'the primary did not answer' }), TIMEOUT_MS);
      pending.set(id, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
      process.send?.({ type: REQUEST, id });
    });
    pending.delete(id);
    if (reply.text === undefined) {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end(`metrics of the gateway workers are unavailable: ${reply.error}\n`);
      return;
    }
    res.writeHead(200, { 'content-type': registry.contentType });
    res.end(reply.text);
  };
}
