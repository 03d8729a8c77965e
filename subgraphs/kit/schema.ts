/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql emits the SDL with
 * its directives, @apollo/subgraph adds _service/_entities and wires the reference resolvers.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';

export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@inaccessible", "@external", "@requires", "@provides", "@tag", "@authenticated", "@requiresScopes", "@policy"])`;

export type ReferenceResolvers = Record<string, { __resolveReference: (ref: never, ctx: never) => unknown }>;

export async function buildFederatedSchema(
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>,
  references: ReferenceResolvers,
  orphanedTypes: Function[] = [],
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, orphanedTypes, skipCheck: true, validate: false });
  const map = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(references)) {
    map[typeName] = { ...(map[typeName] ?? {}), ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    resolvers: map as never,
  });
}

/** The subgraph SDL as composition sees it. */
export { printSubgraphSchema } from '@apollo/subgraph';
