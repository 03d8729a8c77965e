/**
 * Issue 2: the contract is the spec, not one vendor's reading of it. The same supergraph served by
 * an independent Federation gateway (@graphql-hive/gateway's runtime) answers the same queries with
 * the same data as our Apollo gateway.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { data } from '../../support/system';
import { FIRM_360 } from '../queries';

const apollo = inject('gatewayUrl');
const subgraphUrls = inject('subgraphUrls');

/** The checked-in supergraph with each subgraph's URL pointed at this test system's process. */
function supergraphFor(urls: Record<string, string>): string {
  const sdl = fs.readFileSync(path.resolve(__dirname, '../../../schema/supergraph.graphql'), 'utf8');
  return sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]+"\)/g, (_all, name: string) => `@join__graph(name: "${name}", url: "${urls[name]}")`);
}

describe('the supergraph on @graphql-hive/gateway', () => {
  let server: http.Server;
  let hive: string;
  beforeAll(async () => {
    const runtime = createGatewayRuntime({ supergraph: supergraphFor(subgraphUrls), logging: false });
    server = http.createServer(runtime);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    hive = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  const QUERIES: Record<string, string> = {
    'a merged cross-region list': '{ firms(filter: { chainCode: "POWER_BATTERY" }, first: 50) { totalCount nodes { uscc name regions tianjin { memberships { alliance { name } } } zhejiang { firm { name } } } } }',
    'a Zhejiang pairing joined to Tianjin': '{ zhejiang { pairing(key: "nanhu-suichang") { projects { key firms { name industryChain { code tianjin { firms { name } } } } } } } }',
    'the Yangtze founders': '{ yangtze { zones(foundersOnly: true) { name isLeadFounder adminArea { code name } } } }',
  };

  it.each(Object.entries(QUERIES))('answers %s as the Apollo gateway does', async (_name, query) => {
    const [ours, theirs] = await Promise.all([data(apollo, query), data(hive, query)]);
    expect(theirs).toEqual(ours);
  });

  it('answers firm 360 across all subgraphs as the Apollo gateway does', async () => {
    const { firms } = await data<{ firms: { nodes: Array<{ uscc: string }> } }>(apollo, '{ firms(filter: { keyword: "海慧" }) { nodes { uscc } } }');
    const variables = { uscc: firms.nodes[0]!.uscc };
    const [ours, theirs] = await Promise.all([data(apollo, FIRM_360, variables), data(hive, FIRM_360, variables)]);
    expect((theirs as any).firm.name).toBe('天津海慧电力技术有限公司');
    expect(theirs).toEqual(ours);
  });
});
