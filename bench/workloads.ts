/**
 * The workloads' operations, checked against the public API schema before a run, and the
 * arguments they run with, chosen from the generated data (picks): the chain and area W1 starts
 * from, the multi-region firm W2 asks about, the chain W3 pages and the chain W4 exports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { invariant } from '../schema/contract/invariant';
import { ROOT } from '../scripts/system';

/** W1: firms → their Zhejiang projects → partner firms → their chains → the chains' firms → Yangtze's record; and Tianjin's cooperations. */
export const W1 = `query W1($chain: ID!, $area: ID!) {
  firms(filter: { chainCode: $chain, areaCode: $area }, first: 10) {
    nodes {
      uscc name regions
      chains { chain { code } }
      tianjin { cooperations { title } }
      zhejiang {
        projects {
          summary stage
          firms {
            name
            profile { name regions }
            industryChain {
              code nameZh
              firms(first: 5) { nodes { name yangtze { organisation { name } } } }
            }
          }
        }
      }
    }
  }
}`;

/** W2: one firm's 360° view by credit code, from every region. */
export const W2 = `query W2($uscc: ID!) {
  firm(uscc: $uscc) {
    uscc name originalNames regions sampleCode cooperationCount
    area { code fullName }
    presence { region name originalName kind cooperationCount source }
    chains { chain { code nameZh } link { code nameZh } region localChainName localLinkName }
    tianjin { firm { name shortName localChainNames } cooperations { title directoryStatus } needs { key } subsidiaries { name } }
    yangtze { organisation { name localChainNames } hostZones { name } }
    zhejiang { firm { name localChainName } projects { key summary stage } county { name } }
  }
}`;

/** W3: one page of the merged cross-region list of a chain's firms. */
export const W3 = `query W3($chain: ID!) {
  firms(filter: { chainCode: $chain }, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor missingRegions }
    nodes { uscc name regions cooperationCount area { code fullName } chains { chain { code nameZh } link { code } region } }
  }
}`;

/** W4: a reporting export, page after page, of every firm in a chain. */
export const W4 = `query W4($chain: ID!, $after: String) {
  firms(filter: { chainCode: $chain }, first: 200, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { uscc name regions area { code } chains { chain { code } link { code } region } }
  }
}`;

/** W5: 1,000 Firm representations against one region's subgraph — the region's whole view of each. */
export const W5_VIEWS: Record<string, string> = {
  tianjin: 'tianjin { firm { name } memberships { key } chainLinks { chainCode } cooperations { key } needs { key } subsidiaries { key } }',
  yangtze: 'yangtze { organisation { name } hostZones { name } }',
  zhejiang: 'zhejiang { firm { name } projects { key } county { name } }',
};

export const W5 = (region: string) => `query W5($r: [_Any!]!) { _entities(representations: $r) { ... on Firm { uscc ${W5_VIEWS[region]} } } }`;

/** Fails before any load runs if an operation does not fit the public API. */
export function checkOperations(): void {
  const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema/api-schema.graphql'), 'utf8'));
  for (const [name, query] of Object.entries({ W1, W2, W3, W4 })) {
    const errors = validate(schema, parse(query));
    invariant(errors.length === 0, `${name} does not fit the API: ${errors.map((e) => e.message).join('; ')}`);
  }
}

export interface Picks {
  w1: { chain: string; area: string };
  w2: { uscc: string; regions: string[] };
  w3: { chain: string };
  w4: { chain: string; firms: number };
}

type Post = (url: string, query: string, variables?: Record<string, unknown>) => Promise<Record<string, any>>;

/**
 * Arguments from the data: W1 starts from Zhejiang's largest chain, W2 asks about a firm of it that
 * several regions record, W3 pages the largest chain overall and W4 exports the chain whose firm
 * records come nearest `exportRows`. Chain sizes are asked of each region's directory (no
 * cross-region timeout applies there), the firms of the cross-region layer.
 */
export async function pickArguments(post: Post, urls: Record<string, string>, exportRows: number): Promise<Picks> {
  const counts = async (area?: string) => {
    const byChain = new Map<string, number>();
    for (const region of ['tianjin', 'yangtze', 'zhejiang']) {
      const result = await post(urls[region]!, 'query($f: DirectoryFilter!) { directoryAggregate(entity: "FIRM", filter: $f, groupBy: ["CHAIN"]) { chainCode count } }', { f: area ? { areaCode: area } : {} });
      for (const row of result.directoryAggregate as Array<{ chainCode: string; count: number }>) byChain.set(row.chainCode, (byChain.get(row.chainCode) ?? 0) + row.count);
    }
    return [...byChain].sort((a, b) => b[1] - a[1]);
  };
  const zhejiang = await counts('330000');
  const all = await counts();
  invariant(zhejiang.length && all.length, 'the data has no firms in any chain: run the generator first');
  const w1 = { chain: zhejiang[0]![0], area: '330000' };
  const firms = await post(urls.crossregion!, 'query($c: ID!) { firms(filter: { chainCode: $c, areaCode: "330000" }, first: 200) { nodes { uscc regions } } }', { c: w1.chain });
  const nodes = firms.firms.nodes as Array<{ uscc: string; regions: string[] }>;
  const shared = nodes.find((n) => n.regions.length >= 2) ?? nodes[0]!;
  const exported = [...all].sort((a, b) => Math.abs(a[1] - exportRows) - Math.abs(b[1] - exportRows))[0]!;
  return { w1, w2: { uscc: shared.uscc, regions: shared.regions }, w3: { chain: all[0]![0] }, w4: { chain: exported[0], firms: exported[1] } };
}
