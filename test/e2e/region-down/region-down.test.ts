/**
 * Issue 3: a region that is down costs only its own part of an answer. Zhejiang is stopped mid-test:
 * lists carry Tianjin's and Yangtze's rows with an error naming Zhejiang, federated queries keep the
 * other regions' fields, and answers recover when it is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startTestSystem, type TestSystem } from '../../support/system';

describe('a region down', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ CROSSREGION_REGION_TIMEOUT_MS: '1500' });
  });
  afterAll(() => system?.stopAll());

  const LIST = '{ firms(first: 200) { totalCount nodes { name regions } pageInfo { missingRegions } } }';

  it('answers with the other regions and a named error, then recovers', async () => {
    const before = await graphql<{ firms: { totalCount: number; nodes: Array<{ regions: string[] }> } }>(system.gatewayUrl, LIST);
    expect(before.errors).toBeUndefined();
    const zhejiangFirms = before.data!.firms.nodes.filter((n) => n.regions.includes('ZHEJIANG')).length;
    expect(zhejiangFirms).toBeGreaterThan(0);

    await system.stop('zhejiang');
    const during = await graphql<{ firms: { totalCount: number; nodes: Array<{ regions: string[] }>; pageInfo: { missingRegions: string[] } } }>(system.gatewayUrl, LIST);
    expect(during.status).toBe(200);
    expect(during.data!.firms.pageInfo.missingRegions).toEqual(['ZHEJIANG']);
    expect(during.data!.firms.totalCount).toBe(before.data!.firms.totalCount - zhejiangFirms);
    expect(during.data!.firms.nodes.some((n) => n.regions.includes('TIANJIN'))).toBe(true);
    expect(during.data!.firms.nodes.some((n) => n.regions.includes('YANGTZE'))).toBe(true);
    expect(during.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'REGION_UNAVAILABLE', region: 'ZHEJIANG' }) })]);

    // A federated query: Zhejiang's own fields fail with a named error, Tianjin's still answer.
    const federated = await graphql<{ firms: { nodes: Array<{ name: string; tianjin: { firm: { name: string } | null } | null; zhejiang: unknown }> } }>(
      system.gatewayUrl,
      '{ firms(filter: { keyword: "力神" }) { nodes { name tianjin { firm { name } } zhejiang { firm { name } } } } }',
    );
    expect(federated.status).toBe(200);
    expect(federated.data!.firms.nodes[0]).toMatchObject({ name: '天津力神电池股份有限公司', tianjin: { firm: { name: '天津力神电池股份有限公司' } }, zhejiang: null });
    const named = federated.errors!.find((e) => e.extensions?.region === 'ZHEJIANG');
    expect(named?.extensions?.code).toBe('REGION_UNAVAILABLE');
    expect(JSON.stringify(federated.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/i);

    await system.start('zhejiang');
    const after = await graphql<{ firms: { totalCount: number; pageInfo: { missingRegions: string[] } } }>(system.gatewayUrl, LIST);
    expect(after.errors).toBeUndefined();
    expect(after.data!.firms.totalCount).toBe(before.data!.firms.totalCount);
  });
});
