/**
 * The load generator, run as its own process so it never shares an event loop with a gateway:
 * a warm-up run whose figures are dropped, then "measuring" on stdout, then the measured run at a
 * fixed concurrency and duration, then one JSON line with the figures. Every response is checked:
 * a non-200 status, a connection error, a timeout or a GraphQL `errors` entry counts as an error.
 */
import autocannon from 'autocannon';

export interface LoadConfig {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  durationS: number;
  warmupS: number;
  timeoutS: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** The first error body seen, to say what went wrong. */
  firstError: string | null;
}

/** The q-th quantile (0..1) of sorted values, nearest rank. */
export function quantile(sorted: Float64Array | number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

async function run(config: LoadConfig, durationS: number, record: boolean): Promise<LoadResult> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let firstError: string | null = null;
  const instance = autocannon({
    url: config.url,
    connections: config.connections,
    duration: durationS,
    timeout: config.timeoutS,
    requests: [
      {
        method: 'POST',
        body: config.body,
        headers: config.headers,
        onResponse: (status, body) => {
          if (status !== 200 || body.includes('"errors":')) {
            graphqlErrors++;
            firstError ??= `${status} ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  });
  if (record) instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  const sorted = Float64Array.from(latencies).sort();
  const requests = result.requests.total;
  return {
    requests,
    seconds: result.duration,
    rps: requests / result.duration,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    // autocannon counts a non-2xx answer in non2xx; ours counts it again as a failed check: count once.
    errors: result.errors + result.timeouts + Math.max(graphqlErrors, result.non2xx),
    firstError,
  };
}

async function main() {
  const config = JSON.parse(process.argv[2]!) as LoadConfig;
  if (config.warmupS > 0) await run(config, config.warmupS, false);
  process.stdout.write('measuring\n');
  const result = await run(config, config.durationS, true);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
