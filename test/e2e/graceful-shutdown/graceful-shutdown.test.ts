/**
 * Issue 5: stopping a process (SIGTERM, as an orchestrator does) finishes what it is serving. Five
 * requests are held in flight by pausing (SIGSTOP) the subgraph they wait on; the process is told to
 * stop; it accepts no new connection, answers every held request in full once the subgraph resumes,
 * and exits with code 0 right after — well before its grace period would cut the connection.
 *
 * Issue 25: every process runs with NODE_ENV=production, as in production (and not `test`, which
 * vitest sets and under which Apollo Server installs no signal handlers of its own): outside tests
 * Apollo Server's own handlers stopped the server and re-sent the signal, cutting what was in flight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startTestSystem, type TestSystem } from '../../support/system';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(2000) });
    return false;
  } catch {
    return true;
  }
}

describe('graceful shutdown', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ NODE_ENV: 'production', GATEWAY_SHUTDOWN_GRACE_MS: '20000', RESPONSE_CACHE: 'false' });
  });
  afterAll(() => system?.stopAll());

  /**
   * Sends `query` five times to `url` while `region` is paused, so the requests wait in flight; stops
   * the process with SIGTERM; checks it no longer accepts connections; resumes the region; and checks
   * every held request is answered in full (as `expected`) and the process exits 0 at once after.
   */
  async function stopWithRequestInFlight(options: { url: string; query: string; region: 'tianjin' | 'yangtze'; stop: () => Promise<number | null> }) {
    const expected = await graphql(options.url, options.query);
    expect(expected.errors).toBeUndefined();
    const pid = system.pid(options.region)!;
    process.kill(pid, 'SIGSTOP');
    let inFlight: Array<ReturnType<typeof graphql>>;
    let exited: Promise<{ code: number | null; at: number }>;
    try {
      inFlight = Array.from({ length: 5 }, () => graphql(options.url, options.query));
      await pause(300);
      exited = options.stop().then((code) => ({ code, at: Date.now() }));
      await pause(300);
      expect(await refused(options.url)).toBe(true);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    const resumedAt = Date.now();
    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(expected.data);
    }
    const { code, at } = await exited;
    expect(code).toBe(0);
    expect(at - resumedAt).toBeLessThan(2000);
    return answers[0]!;
  }

  it('lets the gateway answer its in-flight request before it exits', async () => {
    const replica = await system.startGatewayReplica({ NODE_ENV: 'production', GATEWAY_SHUTDOWN_GRACE_MS: '20000', RESPONSE_CACHE: 'false' });
    await stopWithRequestInFlight({ url: replica.url, query: '{ yangtze { zones { name } } }', region: 'yangtze', stop: () => replica.stop('SIGTERM') });
    // The system's own gateway was never involved and still answers.
    expect((await graphql(system.gatewayUrl, '{ zhejiang { counties { name } } }')).errors).toBeUndefined();
  });

  it('lets a subgraph answer its in-flight request before it exits', async () => {
    // Cross-region waits on Tianjin's directory (its region timeout is 3 s) while Tianjin is paused.
    const answer = await stopWithRequestInFlight({
      url: system.urls.crossregion,
      query: '{ firms(first: 200) { totalCount pageInfo { missingRegions } } }',
      region: 'tianjin',
      stop: () => system.stop('crossregion', 'SIGTERM'),
    });
    expect((answer.data as { firms: { pageInfo: { missingRegions: string[] } } }).firms.pageInfo.missingRegions).toEqual([]);
  });
});
