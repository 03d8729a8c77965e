/**
 * Issue 24: attacks on subscription streams, against a gateway with small stream limits: a flood
 * of streams on one connection and from one caller (TOO_MANY_STREAMS, naming the limit), a
 * subscription to a field the caller may not read (the events come without it, with an error at
 * its path), a forged or expired token in connection_init or on an SSE request (UNAUTHENTICATED,
 * no stream), and oversized subscription documents (QUERY_TOO_COMPLEX past the token limit; a
 * message past the body limit closes the socket, 1009).
 */
import { createClient as createSseClient } from 'graphql-sse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayReplica } from '../../../scripts/system';
import { graphql, startTestSystem, type TestSystem } from '../../support/system';
import { until, wsSubscriber } from '../../support/streams';
import { analystToken, bearer, editorToken, mintToken, TEST_AUTH_ENV } from '../../support/tokens';

const PLATFORM = /* GraphQL */ `
  subscription Platform($zoneKey: String) {
    yangtzePlatformActivity(zoneKey: $zoneKey) { kind zoneKey post { key title contact { name phone } } }
  }
`;
const POST = /* GraphQL */ `
  mutation Post($input: YangtzePostInput!) { yangtzePostToPlatform(input: $input) { post { key } } }
`;
const ZONE = 'shanghai-zhangjiang';
const FORGED_KEY = new TextEncoder().encode('another-secret-of-at-least-32-characters!');

const codesOf = (error: unknown) => (Array.isArray(error) ? error : [error]).map((e) => (e as { extensions?: { code?: string } }).extensions?.code);

describe('attacks on subscription streams', () => {
  let system: TestSystem;
  let gateway: GatewayReplica;
  beforeAll(async () => {
    system = await startTestSystem({ ...TEST_AUTH_ENV });
    gateway = await system.startGatewayReplica({ SUBSCRIPTIONS_MAX_PER_CONNECTION: '3', SUBSCRIPTIONS_MAX_PER_IDENTITY: '4', GATEWAY_BODY_LIMIT_BYTES: '65536' });
  });
  afterAll(async () => {
    await gateway?.stop();
    await system?.stopAll();
  });

  it('refuses a fourth stream on one connection and a fifth of one caller: TOO_MANY_STREAMS, naming the limit', async () => {
    const authorization = `Bearer ${await mintToken({ role: 'analyst', sub: 'analyst-flood' })}`;
    const first = wsSubscriber(gateway.url, authorization);
    const streams = [1, 2, 3, 4].map(() => first.subscribe(PLATFORM, { zoneKey: ZONE }));
    await streams[3]!.done;
    expect(codesOf(streams[3]!.error)).toEqual(['TOO_MANY_STREAMS']);
    expect((streams[3]!.error as Array<{ extensions: { limit: string } }>)[0]!.extensions.limit).toBe('perConnection');
    // The first three stay open; a second connection of the same caller gets one more, then no more.
    expect(streams.slice(0, 3).map((s) => s.error)).toEqual([undefined, undefined, undefined]);
    const second = wsSubscriber(gateway.url, authorization);
    const fourth = second.subscribe(PLATFORM, { zoneKey: ZONE });
    const fifth = second.subscribe(PLATFORM, { zoneKey: ZONE });
    await fifth.done;
    expect(codesOf(fifth.error)).toEqual(['TOO_MANY_STREAMS']);
    expect((fifth.error as Array<{ extensions: { limit: string } }>)[0]!.extensions.limit).toBe('perIdentity');
    expect(fourth.error).toBeUndefined();
    // Over SSE the same caller is counted too.
    const sse = createSseClient({ url: gateway.url, singleConnection: false, headers: { authorization }, retryAttempts: 0 });
    const sseErrors: unknown[] = [];
    await new Promise<void>((resolve) => sse.subscribe({ query: PLATFORM, variables: { zoneKey: ZONE } }, { next: (v) => void (v.errors && sseErrors.push(...v.errors)), error: (e) => { sseErrors.push(...(Array.isArray(e) ? e : [e])); resolve(); }, complete: resolve }));
    expect(codesOf(sseErrors)).toEqual(['TOO_MANY_STREAMS']);
    sse.dispose();
    await first.dispose();
    await second.dispose();
  });

  it('sends an anonymous subscriber the events without the contact it may not read, with an error at its path', async () => {
    const subscriber = wsSubscriber(gateway.url);
    const stream = subscriber.subscribe(PLATFORM, { zoneKey: ZONE });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const written = await graphql<{ yangtzePostToPlatform: { post: { key: string } } }>(
      system.gatewayUrl,
      POST,
      { input: { idempotencyKey: `subscription-attack-${Date.now()}`, zoneKey: ZONE, kind: 'POLICY', title: '张江订阅测试政策', posted: '2026-12-01', contact: { name: '张江管理局', phone: '021-00000000' } } },
      bearer(await editorToken('yangtze', `zone:${ZONE}`)),
    );
    expect(written.errors).toBeUndefined();
    await until(() => stream.events.length > 0);
    const event = stream.events[0]!;
    const post = (event.data as { yangtzePlatformActivity: { post: Record<string, unknown> } }).yangtzePlatformActivity.post;
    expect(post.key).toBe(written.data!.yangtzePostToPlatform.post.key);
    expect(post).not.toHaveProperty('contact');
    expect(event.errors?.map((e) => [e.extensions?.code, (e as { path?: unknown }).path])).toEqual([['UNAUTHENTICATED', ['yangtzePlatformActivity', 'post', 'contact']]]);
    await subscriber.dispose();
  });

  it('opens no stream for a forged or expired token, over graphql-ws or SSE: UNAUTHENTICATED', async () => {
    const forged = `Bearer ${await mintToken({ role: 'analyst', sub: 'forger' }, { key: FORGED_KEY })}`;
    const expired = `Bearer ${await mintToken({ role: 'analyst', sub: 'late' }, { expiresIn: -60 })}`;
    for (const authorization of [forged, expired]) {
      const subscriber = wsSubscriber(gateway.url, authorization);
      const stream = subscriber.subscribe(PLATFORM, { zoneKey: ZONE });
      await stream.done;
      expect(codesOf(stream.error)).toEqual(['UNAUTHENTICATED']);
      expect(stream.events).toEqual([]);
      await subscriber.dispose();
      const sse = createSseClient({ url: gateway.url, singleConnection: false, headers: { authorization }, retryAttempts: 0 });
      const errors: unknown[] = [];
      await new Promise<void>((resolve) => sse.subscribe({ query: PLATFORM }, { next: (v) => void (v.errors && errors.push(...v.errors)), error: (e) => { errors.push(...(Array.isArray(e) ? e : [e])); resolve(); }, complete: resolve }));
      expect(codesOf(errors)).toEqual(['UNAUTHENTICATED']);
      sse.dispose();
    }
  });

  it('refuses an oversized subscription document: QUERY_TOO_COMPLEX past the token limit, the socket closed (1009) past the body limit', async () => {
    const authorization = `Bearer ${await analystToken()}`;
    const subscriber = wsSubscriber(gateway.url, authorization);
    const padded = PLATFORM.replace('kind', `kind ${Array.from({ length: 4100 }, () => '__typename').join(' ')}`);
    const stream = subscriber.subscribe(padded, { zoneKey: ZONE });
    await stream.done;
    expect(codesOf(stream.error)).toEqual(['QUERY_TOO_COMPLEX']);
    const huge = PLATFORM.replace('kind', `kind # ${'x'.repeat(70_000)}\n`);
    subscriber.subscribe(huge, { zoneKey: ZONE });
    expect((await subscriber.closed).code).toBe(1009);
    await subscriber.dispose();
  });
});
