/** The process entry every region uses. */
import 'reflect-metadata';
import { loadSubgraphConfig } from './config';
import { runProcess } from './process';
import type { RegionDefinition } from './region';
import { startSubgraph } from './server';

export function runRegion(region: RegionDefinition): Promise<void> {
  return runProcess(`${region.name} subgraph`, { load: () => loadSubgraphConfig(region.name), start: (config) => startSubgraph(region, config) });
}
