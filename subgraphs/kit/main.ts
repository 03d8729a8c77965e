/**
 * The process entry every region uses: configuration validated first (every problem listed), then
 * the subgraph started, and SIGTERM/SIGINT closing it after in-flight requests finish.
 */
import 'reflect-metadata';
import { loadSubgraphConfig } from './config';
import type { RegionDefinition } from './region';
import { startSubgraph } from './server';

export async function runRegion(region: RegionDefinition): Promise<void> {
  const result = loadSubgraphConfig(region.name);
  if (result.errors) {
    process.stderr.write(`${region.name} subgraph: invalid configuration\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    process.exit(2);
  }
  const running = await startSubgraph(region, result.config);
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
