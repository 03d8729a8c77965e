/**
 * Issue 24, subscriptions across replicas: two gateway replicas and two replicas of Zhejiang on one
 * Redis. A subscriber on gateway B, whose Zhejiang is replica 2, gets the project a write through
 * gateway A (Zhejiang replica 1) registers: the event crosses on Redis pub/sub.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayReplica } from '../../../scripts/system';
import { startTestSystem, type TestSystem } from '../../support/system';
import { analystToken, TEST_AUTH_ENV } from '../../support/tokens';
import { until, wsSubscriber } from '../../support/streams';
import { PAIRING, PROJECT_EVENTS, registerProject } from './operations';

const REDIS_URL = process.env.COOPGRAPH_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

type Event = { data?: { zhejiangProjectChanged: { project: { key: string; cooperationProject: { title: string } | null } } } | null };

describe('subscriptions across replicas on Redis', () => {
  let system: TestSystem;
  let zhejiang2: GatewayReplica;
  let gatewayB: GatewayReplica;
  beforeAll(async () => {
    system = await startTestSystem({ ...TEST_AUTH_ENV, REDIS_URL, REDIS_KEY_PREFIX: `coopgraph-e2e-subscriptions-${process.pid}-${Date.now()}:` });
    zhejiang2 = await system.startRegionReplica('zhejiang');
    gatewayB = await system.startGatewayReplica({ ZHEJIANG_URL: zhejiang2.url });
  });
  afterAll(async () => {
    await gatewayB?.stop();
    await zhejiang2?.stop();
    await system?.stopAll();
  });

  it('a write through one gateway and region replica reaches a subscriber on the others', async () => {
    const subscriber = wsSubscriber(gatewayB.url, `Bearer ${await analystToken()}`);
    const stream = subscriber.subscribe(PROJECT_EVENTS, { pairingKey: PAIRING });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const name = `跨副本订阅项目-${Date.now()}`;
    const key = await registerProject(system.gatewayUrl, name);
    await until(() => stream.events.length > 0);
    const event = stream.events[0] as Event;
    expect(event.data!.zhejiangProjectChanged.project).toMatchObject({ key, cooperationProject: { title: name } });
    stream.dispose();
    await subscriber.dispose();
  });
});
