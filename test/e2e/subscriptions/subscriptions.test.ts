/**
 * Issue 24, subscriptions: a Zhejiang project registered through the gateway reaches a subscriber
 * over graphql-ws, with fields the event's subgraph does not have (the cooperation project's title
 * from the cross-region layer, the chain's Tianjin firms from Tianjin) fetched per event through
 * the plan; a stream opened with a token ends with TOKEN_EXPIRED when the token expires; SIGTERM
 * ends a replica's streams with SHUTTING_DOWN and closes the socket 1001 with a reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem, type TestSystem } from '../../support/system';
import { analystToken, mintToken, TEST_AUTH_ENV } from '../../support/tokens';
import { PAIRING, PROJECT_EVENTS, registerProject } from './operations';
import { createClient as createSseClient } from 'graphql-sse';
import { until, wsSubscriber } from '../../support/streams';

type ProjectEvent = { zhejiangProjectChanged: { kind: string; project: { key: string; name: string; pairing: { key: string }; cooperationProject: { id: string; title: string; region: string } | null; industryChain: { code: string; tianjin: { firms: Array<{ name: string }> } | null } | null } } };

describe('subscriptions through the gateway', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ ...TEST_AUTH_ENV });
  });
  afterAll(async () => {
    await system?.stopAll();
  });

  it('delivers a project registered through the gateway over graphql-ws, with fields from the cross-region layer and Tianjin', async () => {
    const subscriber = wsSubscriber(system.gatewayUrl, `Bearer ${await analystToken()}`);
    const stream = subscriber.subscribe(PROJECT_EVENTS, { pairingKey: PAIRING });
    // The subscription reaches the region before the write (no acknowledgement in the protocol).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const name = `订阅测试智能装备产线-${Date.now()}`;
    const key = await registerProject(system.gatewayUrl, name);
    await until(() => stream.events.length > 0);
    const event = stream.events[0]!;
    expect(event.errors).toBeUndefined();
    const changed = (event.data as ProjectEvent).zhejiangProjectChanged;
    expect(changed.kind).toBe('REGISTERED');
    expect(changed.project).toMatchObject({ key, name, pairing: { key: PAIRING } });
    // From the cross-region layer: the project as a cooperation project across regions.
    expect(changed.project.cooperationProject).toMatchObject({ id: `zhejiang:project:${key}`, title: name, region: 'ZHEJIANG' });
    // From Tianjin: its firms of the project's chain.
    expect(changed.project.industryChain!.code).toBe('POWER_BATTERY');
    expect(changed.project.industryChain!.tianjin!.firms.map((f) => f.name)).toContain('天津力神电池股份有限公司');
    stream.dispose();
    await subscriber.dispose();
  });

  it('delivers the same event over SSE (graphql-sse, distinct connections), the cross-region title included', async () => {
    const client = createSseClient({ url: system.gatewayUrl, singleConnection: false, headers: { authorization: `Bearer ${await analystToken()}` }, retryAttempts: 0 });
    const events: ProjectEvent[] = [];
    const errors: unknown[] = [];
    const dispose = client.subscribe<ProjectEvent>(
      { query: PROJECT_EVENTS, variables: { pairingKey: PAIRING } },
      { next: (value) => void (value.errors ? errors.push(value.errors) : events.push(value.data as ProjectEvent)), error: (error) => void errors.push(error), complete: () => {} },
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const name = `订阅测试SSE产线-${Date.now()}`;
    const key = await registerProject(system.gatewayUrl, name);
    await until(() => events.length > 0 || errors.length > 0);
    expect(errors).toEqual([]);
    expect(events[0]!.zhejiangProjectChanged.project).toMatchObject({ key, name, cooperationProject: { title: name, region: 'ZHEJIANG' } });
    expect(events[0]!.zhejiangProjectChanged.project.industryChain!.tianjin!.firms.map((f) => f.name)).toContain('天津力神电池股份有限公司');
    dispose();
    client.dispose();
  });

  it('ends a stream with TOKEN_EXPIRED when its token expires', async () => {
    const token = await mintToken({ role: 'analyst', sub: 'analyst-expiring' }, { expiresIn: 3 });
    const subscriber = wsSubscriber(system.gatewayUrl, `Bearer ${token}`);
    const stream = subscriber.subscribe(PROJECT_EVENTS, { pairingKey: PAIRING });
    await stream.done;
    expect(stream.error).toBeUndefined();
    const last = stream.events.at(-1);
    expect(last?.errors?.[0]?.extensions?.code).toBe('TOKEN_EXPIRED');
    await subscriber.dispose();
  });

  it('ends streams on SIGTERM with SHUTTING_DOWN and closes the socket 1001 with a reason', async () => {
    const replica = await system.startGatewayReplica();
    const subscriber = wsSubscriber(replica.url, `Bearer ${await analystToken()}`);
    const stream = subscriber.subscribe(PROJECT_EVENTS, { pairingKey: PAIRING });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const exit = replica.stop('SIGTERM');
    const closed = await subscriber.closed;
    expect(closed).toEqual({ code: 1001, reason: 'gateway shutting down' });
    expect(stream.events.at(-1)?.errors?.[0]?.extensions?.code).toBe('SHUTTING_DOWN');
    expect(await exit).toBe(0);
  });
});
