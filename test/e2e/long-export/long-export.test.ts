/**
 * Issue 6 (W4): a firm export larger than the sockets between the processes hold (Tianjin's directory
 * gets 20,000 generated firms, about 10 MB of lines), read through the gateway. A reporting job that
 * stops reading for longer than the gateway waits on the cross-region layer still gets every row:
 * that pause is the reader's, not the layer's. A layer that falls silent midway is cut off after that
 * wait, and a reader that leaves midway stops the export; /metrics counts each as it ended.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportsCounted, scrapeMetrics, until } from '../../support/observe';
import { databaseEnv, generateFirms, regionDatabase, type RegionDatabase } from '../../support/region-data';
import { startTestSystem, type TestSystem } from '../../support/system';
import { TEST_AUTH_ENV, bearer, reportingToken } from '../../support/tokens';

/** How long the gateway waits on the layer for a chunk (CROSSREGION_SUBGRAPH_TIMEOUT_MS). */
const LAYER_WAIT_MS = 1500;

let system: TestSystem;
let tianjin: RegionDatabase;
let exportUrl: string;

beforeAll(async () => {
  tianjin = await regionDatabase('tianjin');
  await generateFirms(tianjin, 0, 20_000);
  system = await startTestSystem({ ...TEST_AUTH_ENV, ...databaseEnv([tianjin]), CROSSREGION_SUBGRAPH_TIMEOUT_MS: String(LAYER_WAIT_MS) });
  exportUrl = system.gatewayUrl.replace(/\/graphql$/, '/export/firms');
}, 300_000);

afterAll(async () => {
  await system?.stopAll();
  await tianjin?.drop();
});

const counted = (status: number, outcome: string) => exportsCounted(system.gatewayUrl, status, outcome);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads an export's body, calling `afterFirst` once the first chunk is in; the lines read, and whether the body ended or failed. */
async function read(response: Response, afterFirst: () => Promise<void>): Promise<{ lines: string[]; failed: boolean }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let failed = false;
  try {
    for (let first = true; ; first = false) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (first) await afterFirst();
    }
  } catch {
    failed = true;
  }
  return { lines: text.split('\n').filter(Boolean), failed };
}

describe('a long firm export through the gateway', () => {
  it('gives every row to a reader that stops reading for longer than the gateway waits on the layer', async () => {
    const before = await counted(200, 'ended');
    const response = await fetch(exportUrl, { headers: bearer(await reportingToken()) });
    expect(response.status).toBe(200);
    const { lines, failed } = await read(response, () => pause(LAYER_WAIT_MS * 2));
    expect(failed).toBe(false);
    const end = JSON.parse(lines.at(-1)!) as { end: { rows: number; missingRegions: string[] } };
    expect(end.end).toMatchObject({ rows: lines.length - 1, missingRegions: [] });
    expect(lines.length - 1).toBeGreaterThan(20_000);
    await until('the gateway to count it', async () => ((await counted(200, 'ended')) === before + 1 ? true : undefined));
  });

  it('cuts an export whose layer falls silent midway: no end line, counted as cut', async () => {
    const before = await counted(200, 'cut');
    const crossregion = system.pid('crossregion')!;
    const response = await fetch(exportUrl, { headers: bearer(await reportingToken()) });
    let stoppedAt = 0;
    const { lines } = await (async () => {
      try {
        return await read(response, async () => {
          process.kill(crossregion, 'SIGSTOP');
          stoppedAt = Date.now();
        });
      } finally {
        process.kill(crossregion, 'SIGCONT');
      }
    })();
    expect(stoppedAt).toBeGreaterThan(0);
    // What the sockets held came through; then the gateway gave up on the layer.
    expect(Date.now() - stoppedAt).toBeGreaterThanOrEqual(LAYER_WAIT_MS - 100);
    expect(lines.some((line) => line.startsWith('{"end"'))).toBe(false);
    await until('the gateway to count it', async () => ((await counted(200, 'cut')) === before + 1 ? true : undefined));
  });

  it('stops the export behind a reader that leaves midway, counted as client_gone', async () => {
    const before = await counted(200, 'client_gone');
    const reader = new AbortController();
    const response = await fetch(exportUrl, { headers: bearer(await reportingToken()), signal: reader.signal });
    await read(response, async () => reader.abort());
    await until('the gateway to count it', async () => ((await counted(200, 'client_gone')) === before + 1 ? true : undefined));
    // The layer lets it go: none of its exports is left running.
    await until('the layer to end it', async () => ((await scrapeMetrics(system.urls.crossregion)).get('coopgraph_crossregion_exports_running') === 0 ? true : undefined));
    const metrics = await scrapeMetrics(system.urls.crossregion);
    expect(metrics.get('coopgraph_crossregion_exports_total{outcome="client_gone"}')).toBeGreaterThanOrEqual(1);
  });
});
