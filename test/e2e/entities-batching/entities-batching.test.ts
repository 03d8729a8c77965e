/**
 * Issue 2, scenario 4: `_entities` for 1,000 Firm representations costs each regional subgraph a
 * bounded number of SQL statements — one per table its view reads, not one per representation.
 * Statements are counted by each subgraph process (GET /statements), over real HTTP.
 */
import { describe, expect, inject, it } from 'vitest';
import { sampleUscc } from '../../../schema/contract/uscc';
import { data } from '../../support/system';

const urls = inject('subgraphUrls');

const VIEWS: Record<string, string> = {
  tianjin: 'tianjin { firm { name } memberships { key } chainLinks { chainCode } cooperations { key } needs { key } subsidiaries { key } }',
  yangtze: 'yangtze { organisation { name } hostZones { name } }',
  zhejiang: 'zhejiang { firm { name } projects { key } county { name } }',
};

async function statements(url: string): Promise<number> {
  const response = await fetch(url.replace(/\/graphql$/, '/statements'));
  return ((await response.json()) as { total: number }).total;
}

async function entitiesCost(region: string, usccs: string[]): Promise<{ cost: number; known: number }> {
  const url = urls[region]!;
  const before = await statements(url);
  const result = await data<{ _entities: Array<Record<string, any>> }>(
    url,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Firm { uscc ${VIEWS[region]} } } }`,
    { r: usccs.map((uscc) => ({ __typename: 'Firm', uscc })) },
  );
  expect(result._entities).toHaveLength(usccs.length);
  const known = result._entities.filter((e) => e[region].firm ?? e[region].organisation).length;
  return { cost: (await statements(url)) - before, known };
}

describe('entity batching', () => {
  it.each(Object.keys(VIEWS))('%s answers 1,000 representations with as many statements as 10', async (region) => {
    const firms = await data<{ firms: { nodes: Array<{ uscc: string }> } }>(inject('gatewayUrl'), '{ firms(first: 200) { nodes { uscc } } }');
    const real = firms.firms.nodes.map((f) => f.uscc);
    const synthetic = Array.from({ length: 1000 - real.length }, (_, i) => sampleUscc(`不存在的企业${i}`, '110101'));
    const thousand = [...real, ...synthetic];

    const small = await entitiesCost(region, thousand.slice(0, 10));
    const large = await entitiesCost(region, thousand);
    expect(large.known).toBeGreaterThan(0);
    // Bounded by the tables the view reads, and independent of how many representations came.
    expect(large.cost).toBeLessThanOrEqual(8);
    expect(large.cost).toBe(small.cost);
  });
});
