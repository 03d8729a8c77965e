/**
 * Resolvers of the in-memory subgraphs: the same SDL as the real subgraphs (schema/subgraphs/),
 * answering the fields the W1 query reaches from MemoryData — the merged firm list and chain firm
 * lists with keyset cursors, firms and chains by reference, and each region's view of a firm.
 * Fields W1 does not reach are left to the default resolvers.
 */
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { areaPrefix } from '../../schema/contract/areas';
import { CANONICAL_CHAINS, CHAIN_LINKS, type ChainLinkCode } from '../../schema/contract/chains';
import type { MemoryData, MemoryFirm } from './data';

type Args = Record<string, unknown>;

const chainObject = (code: string) => {
  const chain = CANONICAL_CHAINS.find((c) => c.code === code);
  return chain ? { ...chain, links: chain.links.map((l) => linkObject(l)), localNames: [] } : null;
};
const linkObject = (code: string) => (code ? { code, ...CHAIN_LINKS[code as ChainLinkCode] } : null);

const encode = (firm: MemoryFirm) => Buffer.from(JSON.stringify([firm.name, firm.uscc])).toString('base64url');
const decode = (cursor: string): [string, string] => JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];

/** The merged list's page: firms of a chain (or all), in an area, after a cursor, `first` of them. */
function firmConnection(data: MemoryData, filter: { chainCode?: string; areaCode?: string } | undefined, first: number, after: string | undefined) {
  const list = filter?.chainCode ? (data.byChain.get(filter.chainCode) ?? []) : [...data.firms.values()];
  const prefix = filter?.areaCode ? areaPrefix(filter.areaCode) : '';
  let start = 0;
  if (after) {
    const [name, uscc] = decode(after);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const f = list[mid]!;
      if (f.name < name || (f.name === name && f.uscc <= uscc)) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const nodes: MemoryFirm[] = [];
  let i = start;
  for (; i < list.length && nodes.length <= first; i++) if (list[i]!.areaCode.startsWith(prefix)) nodes.push(list[i]!);
  const hasNextPage = nodes.length > first;
  nodes.length = Math.min(nodes.length, first);
  return {
    edges: nodes.map((node) => ({ cursor: encode(node), node })),
    nodes,
    pageInfo: { hasNextPage, endCursor: nodes.length ? encode(nodes.at(-1)!) : (after ?? null), missingRegions: [] },
    totalCount: () => (prefix ? list.filter((f) => f.areaCode.startsWith(prefix)).length : list.length),
  };
}

const regionEnum = (region: string) => region.toUpperCase();

export function crossregionResolvers(data: MemoryData): GraphQLResolverMap<unknown> {
  return {
    Query: {
      firms: (_: unknown, args: Args) => firmConnection(data, args.filter as { chainCode?: string; areaCode?: string }, (args.first as number) ?? 20, args.after as string | undefined),
      firm: (_: unknown, args: Args) => data.firms.get(args.uscc as string) ?? null,
      industryChain: (_: unknown, args: Args) => chainObject(args.code as string),
    },
    Firm: {
      __resolveReference: (ref: { uscc: string }) => data.firms.get(ref.uscc) ?? null,
      regions: (firm: MemoryFirm) => firm.regions.map(regionEnum),
      originalNames: (firm: MemoryFirm) => [firm.name],
      area: (firm: MemoryFirm) => ({ code: firm.areaCode }),
      sampleCode: () => true,
      cooperationCount: () => 0,
      chains: (firm: MemoryFirm) =>
        firm.chains.map((c) => ({ chain: chainObject(c.chainCode), link: linkObject(c.linkCode), region: regionEnum(c.region), localChainName: c.localChainName, localLinkName: null, source: 'memory' })),
    },
    IndustryChain: {
      __resolveReference: (ref: { code: string }) => chainObject(ref.code),
      firms: (chain: { code: string }, args: Args) => firmConnection(data, { chainCode: chain.code, ...(args.filter as object) }, (args.first as number) ?? 20, args.after as string | undefined),
    },
  };
}

export function tianjinResolvers(data: MemoryData): GraphQLResolverMap<unknown> {
  return {
    Firm: {
      __resolveReference: (ref: { uscc: string }) => ref,
      tianjin: (ref: { uscc: string }) => ({
        firm: null,
        organisation: null,
        memberships: [],
        chainLinks: [],
        cooperations: data.tianjinCooperations.get(ref.uscc) ?? [],
        needs: [],
        parent: null,
        subsidiaries: [],
      }),
    },
  };
}

export function yangtzeResolvers(data: MemoryData): GraphQLResolverMap<unknown> {
  return {
    Firm: {
      __resolveReference: (ref: { uscc: string }) => ref,
      yangtze: (ref: { uscc: string }) => ({ organisation: data.yangtzeOrganisations.get(ref.uscc) ?? null, hostZones: [] }),
    },
  };
}

export function zhejiangResolvers(data: MemoryData): GraphQLResolverMap<unknown> {
  return {
    Firm: {
      __resolveReference: (ref: { uscc: string }) => ref,
      zhejiang: (ref: { uscc: string }) => ({
        firm: data.zhejiangFirms.get(ref.uscc) ?? null,
        projects: data.zhejiangProjectsOfFirm.get(ref.uscc) ?? [],
        county: null,
      }),
    },
    ZhejiangProject: {
      firms: (project: { key: string }) => data.zhejiangFirmsOfProject.get(project.key) ?? [],
    },
    ZhejiangFirm: {
      industryChain: (firm: { chainCode: string | null }) => (firm.chainCode ? { code: firm.chainCode } : null),
      profile: (firm: { uscc: string }) => ({ uscc: firm.uscc }),
    },
  };
}
