/**
 * The subgraphs of the supergraph, with their default URLs: the cross-region layer and every region
 * of the registry (contract/regions.ts). Composition, the start script and the tests all read this
 * list, so a new region is added in one place.
 */
import { REGIONS, type RegionName } from './contract/regions';

export interface SubgraphEntry {
  name: RegionName | 'crossregion';
  /** A region serves the region contract (schema/region-contract.md); the cross-region layer reads the regions. */
  kind: 'region' | 'crossregion';
  /** Compiled entry point, relative to the repository root. */
  main: string;
  defaultPort: number;
}

export const SUBGRAPHS: SubgraphEntry[] = [
  { name: 'crossregion', kind: 'crossregion', main: 'dist/subgraphs/crossregion/src/main.js', defaultPort: 4100 },
  ...REGIONS.map((r): SubgraphEntry => ({ name: r.name, kind: 'region', main: `dist/subgraphs/${r.name}/src/main.js`, defaultPort: r.defaultPort })),
];

export function defaultUrl(entry: SubgraphEntry): string {
  return `http://127.0.0.1:${entry.defaultPort}/graphql`;
}
