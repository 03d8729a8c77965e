import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from './server';
import { subgraphBound } from './subgraph-bound';
import { post, startGatewayOn, startSmallFederation, type SmallFederation } from './testing/small-federation';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

describe('subgraphBound', () => {
  it('builds the feature with its subgraph URL where the supergraph has it, and says so', () => {
    const said: string[] = [];
    const plugins = subgraphBound({ crossregion: 'http://x/graphql' }, { ...silent, info: (m) => said.push(m) }, { feature: 'firm export', subgraph: 'crossregion', make: (url) => ({ name: url }) });
    expect(plugins).toEqual([{ name: 'http://x/graphql' }]);
    expect(said).toEqual(['firm export on']);
  });

  it('leaves the feature off where the supergraph lacks the subgraph, and says so', () => {
    const said: string[] = [];
    const plugins = subgraphBound({ products: 'http://x/graphql' }, { ...silent, info: (m) => said.push(m) }, { feature: 'firm export', subgraph: 'crossregion', make: () => ({ name: 'export' }) });
    expect(plugins).toEqual([]);
    expect(said).toEqual(['firm export off: the supergraph has no "crossregion" subgraph']);
  });
});

describe('the gateway on a supergraph without a crossregion subgraph', () => {
  let federation: SmallFederation;
  let gateway: RunningGateway;
  beforeAll(async () => {
    federation = await startSmallFederation([
      { name: 'products', typeDefs: 'type Query { products: [Product!]! } type Product @key(fields: "upc") { upc: String! name: String! }', resolvers: { Query: { products: () => [{ upc: '1', name: 'Table' }] } } },
      { name: 'reviews', typeDefs: 'type Product @key(fields: "upc") { upc: String! stars: Int! }', resolvers: { Product: { __resolveReference: (p: { upc: string }) => ({ upc: p.upc, stars: 4 }) } } },
    ]);
    gateway = await startGatewayOn(federation);
  });
  afterAll(async () => {
    await gateway?.close();
    await federation?.close();
  });

  it('starts and answers a query across its subgraphs', async () => {
    const { body } = await post(gateway.url, { query: '{ products { name stars } }' });
    expect(body).toEqual({ data: { products: [{ name: 'Table', stars: 4 }] } });
  });

  it('has no firm export route', async () => {
    const response = await fetch(gateway.url.replace(/\/graphql$/, '/export/firms'));
    expect(response.status).toBe(404);
  });
});
