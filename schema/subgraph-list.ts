/**
 * The subgraphs of the supergraph, with their default URLs. Composition, the start script and the
 * tests all read this list, so a new subgraph is added in one place.
 */
export interface SubgraphEntry {
  name: 'tianjin' | 'yangtze' | 'zhejiang' | 'crossregion';
  /** A region serves the region contract (schema/region-contract.md); the cross-region layer reads the regions. */
  kind: 'region' | 'crossregion';
  /** Compiled entry point, relative to the repository root. */
  main: string;
  defaultPort: number;
}

export const SUBGRAPHS: SubgraphEntry[] = [
  { name: 'crossregion', kind: 'crossregion', main: 'dist/subgraphs/crossregion/src/main.js', defaultPort: 4100 },
  { name: 'tianjin', kind: 'region', main: 'dist/subgraphs/tianjin/src/main.js', defaultPort: 4101 },
  { name: 'yangtze', kind: 'region', main: 'dist/subgraphs/yangtze/src/main.js', defaultPort: 4102 },
  { name: 'zhejiang', kind: 'region', main: 'dist/subgraphs/zhejiang/src/main.js', defaultPort: 4103 },
];

export function defaultUrl(entry: SubgraphEntry): string {
  return `http://127.0.0.1:${entry.defaultPort}/graphql`;
}
