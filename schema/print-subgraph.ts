/**
 * Prints one subgraph's SDL as composition sees it. Run in its own process per subgraph: each
 * subgraph is its own program, and type-graphql's decorator metadata is process-wide.
 */
import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { loadRegion } from '../subgraphs/kit/cli/regions';
import { buildRegionSchema } from '../subgraphs/kit/server';

async function build(name: string): Promise<GraphQLSchema> {
  if (name === 'crossregion') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildCrossRegionSchema } = require('../subgraphs/crossregion/src/schema') as { buildCrossRegionSchema: () => Promise<GraphQLSchema> };
    return buildCrossRegionSchema();
  }
  return buildRegionSchema(loadRegion(name));
}

build(process.argv[2] ?? '').then(
  (schema) => process.stdout.write(printSubgraphSchema(schema)),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
