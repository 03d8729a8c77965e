/**
 * W2's gateway overhead: the gateway's latency minus the slowest chain of subgraph calls it waits
 * on. The calls a gateway makes for one W2 request are recorded once through transparent proxies;
 * they fall into waves (a call that starts after every call of the wave before it has ended waited
 * on them). Then, serially and interleaved, the W2 request is timed through the gateway and its
 * recorded calls are replayed straight at the subgraphs, wave after wave, each wave's calls in
 * parallel: chain time = Σ over waves of the slowest call. Overhead = p50(gateway) − p50(chain).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { quantile } from './load';

export interface RecordedCall {
  subgraph: string;
  url: string;
  body: string;
  headers: Record<string, string>;
  startMs: number;
  endMs: number;
}

/** Header names a replay sends as recorded (the rest is per connection). */
const REPLAYED_HEADERS = ['content-type', 'accept', 'authorization', 'x-request-id', 'apollographql-client-name', 'x-coopgraph-identity'];

export interface RecordingProxies {
  urls: Record<string, string>;
  /** Calls recorded since the last take. */
  take(): RecordedCall[];
  recording: boolean;
  close(): Promise<void>;
}

/** One proxy per subgraph, forwarding each POST and recording it while `recording` is on. */
export async function startRecordingProxies(targets: Record<string, string>): Promise<RecordingProxies> {
  let calls: RecordedCall[] = [];
  const servers: http.Server[] = [];
  const urls: Record<string, string> = {};
  const proxies: RecordingProxies = {
    urls,
    recording: false,
    take() {
      const taken = calls;
      calls = [];
      return taken;
    },
    close: async () => {
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    },
  };
  for (const [subgraph, target] of Object.entries(targets)) {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const headers: Record<string, string> = {};
        for (const name of REPLAYED_HEADERS) {
          const value = req.headers[name];
          if (typeof value === 'string') headers[name] = value;
        }
        const startMs = performance.now();
        try {
          const response = await fetch(target, { method: req.method, headers, body: req.method === 'POST' ? body : undefined });
          const text = await response.text();
          const endMs = performance.now();
          if (proxies.recording) calls.push({ subgraph, url: target, body, headers, startMs, endMs });
          res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
          res.end(text);
        } catch (error) {
          res.writeHead(502, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    urls[subgraph] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }
  return proxies;
}

/** Recorded calls in waves: each wave's calls ran together; each wave waited on the one before. */
export function waves(calls: readonly RecordedCall[]): RecordedCall[][] {
  const sorted = [...calls].sort((a, b) => a.startMs - b.startMs);
  const result: RecordedCall[][] = [];
  let waveEnd = -Infinity;
  for (const call of sorted) {
    if (result.length === 0 || call.startMs >= waveEnd) {
      result.push([call]);
      waveEnd = call.endMs;
    } else {
      result.at(-1)!.push(call);
      waveEnd = Math.max(waveEnd, call.endMs);
    }
  }
  return result;
}

/** Milliseconds the calls took, or null when any answered with an error (a timed-out region…): such samples are left out. */
async function timed(calls: () => Promise<boolean[]>): Promise<number | null> {
  const start = performance.now();
  const ok = await calls();
  return ok.every(Boolean) ? performance.now() - start : null;
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'POST', headers, body });
    const text = await response.text();
    return response.status === 200 && !text.includes('"errors":');
  } catch {
    return false;
  }
}

export interface OverheadResult {
  samples: number;
  /** Samples left out because the gateway or a replayed call answered with an error. */
  failed: number;
  waves: Array<Array<{ subgraph: string }>>;
  gatewayP50: number;
  chainP50: number;
  overheadP50: number;
  /** Median of each sample's own difference (gateway − its chain, timed back to back): less drift. */
  pairedOverheadP50: number;
  gatewayP95: number;
  chainP95: number;
}

/**
 * Times the request through the gateway and its recorded chain directly, `samples` times each,
 * interleaved. `fresh` re-signs a recorded call's headers (our gateway's identity header is only
 * valid for seconds, for that subgraph and body, and the gateway signs every fetch anew too).
 */
export async function measureOverhead(
  gatewayUrl: string,
  body: string,
  headers: Record<string, string>,
  recorded: readonly RecordedCall[],
  samples: number,
  fresh: (call: RecordedCall) => Record<string, string> = (call) => call.headers,
): Promise<OverheadResult> {
  const chain = waves(recorded);
  const gateway: number[] = [];
  const direct: number[] = [];
  let failed = 0;
  for (let i = 0; i < samples; i++) {
    const through = await timed(async () => [await post(gatewayUrl, body, headers)]);
    const replayed = await timed(async () => {
      const ok: boolean[] = [];
      for (const wave of chain) ok.push(...(await Promise.all(wave.map((call) => post(call.url, call.body, fresh(call))))));
      return ok;
    });
    if (through === null || replayed === null) {
      failed++;
      continue;
    }
    gateway.push(through);
    direct.push(replayed);
  }
  const paired = gateway.map((g, i) => g - direct[i]!).sort((a, b) => a - b);
  gateway.sort((a, b) => a - b);
  direct.sort((a, b) => a - b);
  const gatewayP50 = quantile(gateway, 0.5);
  const chainP50 = quantile(direct, 0.5);
  return {
    samples: gateway.length,
    failed,
    waves: chain.map((wave) => wave.map((c) => ({ subgraph: c.subgraph }))),
    gatewayP50,
    chainP50,
    overheadP50: gatewayP50 - chainP50,
    pairedOverheadP50: quantile(paired, 0.5),
    gatewayP95: quantile(gateway, 0.95),
    chainP95: quantile(direct, 0.95),
  };
}
