/**
 * Issue 25, point 8: a write answered with REGION_TIMEOUT or REGION_UNAVAILABLE may have been
 * committed — the region applied it and its answer was lost. The error says so
 * (`extensions.writeOutcome: "UNKNOWN"`, WRITE_OUTCOMES in schema/contract/errors.ts) and tells the
 * client to retry with the same idempotency key, which applies a write at most once.
 *
 * Yangtze is paused (SIGSTOP) while a post is sent, so the gateway's budget for it runs out; it is
 * resumed, and the retry with the same key answers with one post, the only one the zone has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, graphql, startTestSystem, type TestSystem } from '../../support/system';
import { TEST_AUTH_ENV, bearer, editorToken } from '../../support/tokens';

const POST = 'mutation($input: YangtzePostInput!) { yangtzePostToPlatform(input: $input) { replayed post { key } } }';
const INPUT = { idempotencyKey: 'write-outcome-0001', zoneKey: 'wuhan-donghu', kind: 'DEMAND', title: '寻找功率半导体封装合作伙伴', chainCode: 'IC', linkCode: 'TESTING', posted: '2024-06-01' };
const POSTS = '{ yangtze { zones { key channel { posts(kind: "DEMAND") { key title } } } } }';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a write whose answer was lost', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ ...TEST_AUTH_ENV, YANGTZE_SUBGRAPH_TIMEOUT_MS: '1500', RESPONSE_CACHE: 'false' });
  });
  afterAll(() => system?.stopAll());

  const titled = async () => {
    const { yangtze } = await data<{ yangtze: { zones: Array<{ key: string; channel: { posts: Array<{ key: string; title: string }> } | null }> } }>(system.gatewayUrl, POSTS);
    return yangtze.zones.flatMap((z) => z.channel?.posts ?? []).filter((p) => p.title === INPUT.title);
  };

  it('says it may have been applied, and the retry with the same key applies it once', async () => {
    const headers = bearer(await editorToken('yangtze', 'zone:wuhan-donghu'));
    const pid = system.pid('yangtze')!;
    process.kill(pid, 'SIGSTOP');
    let lost: Awaited<ReturnType<typeof graphql>>;
    try {
      lost = await graphql(system.gatewayUrl, POST, { input: INPUT }, headers);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    expect(lost.errors).toHaveLength(1);
    expect(lost.errors![0]!.extensions).toMatchObject({ code: 'REGION_TIMEOUT', region: 'YANGTZE', writeOutcome: 'UNKNOWN' });
    expect(lost.errors![0]!.message).toMatch(/may have been applied: retry it with the same idempotencyKey/);

    // The region, resumed, works through what it had received before the retry comes.
    await pause(1000);
    const retried = await data<{ yangtzePostToPlatform: { replayed: boolean; post: { key: string } } }>(system.gatewayUrl, POST, { input: INPUT }, headers);
    const posts = await titled();
    expect(posts.map((p) => p.key)).toEqual([retried.yangtzePostToPlatform.post.key]);
  });

  it('says a write refused by an open breaker was not applied', async () => {
    // A region that is gone: every write fails, and after enough failures the breaker refuses at once.
    await system.stop('yangtze', 'SIGKILL');
    const headers = bearer(await editorToken('yangtze', 'zone:wuhan-donghu'));
    const outcomes = new Set<unknown>();
    for (let i = 0; i < 7; i++) {
      const answer = await graphql(system.gatewayUrl, POST, { input: { ...INPUT, idempotencyKey: `write-outcome-gone-${i}` } }, headers);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'REGION_UNAVAILABLE', region: 'YANGTZE' });
      outcomes.add(answer.errors![0]!.extensions!.writeOutcome);
    }
    // A refused connection may still be UNKNOWN to the gateway; once the breaker is open, NOT_APPLIED.
    expect(outcomes).toContain('NOT_APPLIED');
    expect([...outcomes].every((o) => o === 'UNKNOWN' || o === 'NOT_APPLIED')).toBe(true);
  });
});
