/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql emits the SDL with
 * its directives, @apollo/subgraph adds _service/_entities and wires the reference resolvers.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray, type PubSub } from 'type-graphql';
import { authChecker } from './auth/decorators';

export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@inaccessible", "@external", "@requires", "@provides", "@tag", "@authenticated", "@requiresScopes", "@policy"])`;

/**
 * Apollo's cache-hint directive: `@cacheControl(maxAge: 3600)` on a type or field. Each subgraph's
 * Apollo Server turns the hints of what it resolved into a Cache-Control header; the gateway takes
 * the least maxAge of all subgraphs that answered for its response cache.
 */
// No `scope` argument: the gateway keys every entry by the caller, so PUBLIC/PRIVATE changes nothing there.
export const CACHE_CONTROL_DIRECTIVE = 'directive @cacheControl(maxAge: Int, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION';

/** The root types' descriptions: type-graphql gives root types none, and every public type has one. */
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query: '查询 — reads: the cross-region lists and entities, and each region\'s own data under its name.',
  Mutation: '写入 — writes: each region\'s own, prefixed with the region, idempotent, limited to that region\'s editors.',
  Subscription: '订阅 — live events: each region\'s writes as they are committed, over graphql-ws or SSE; every event\'s fields are fetched and authorized as a query\'s.',
};

function describeRootTypes(sdl: string): string {
  return sdl.replace(/^type (Query|Mutation|Subscription) \{/gm, (line, name: string) => `"""${ROOT_DESCRIPTIONS[name]}"""\n${line}`);
}

export type ReferenceResolvers = Record<string, { __resolveReference: (ref: never, ctx: never) => unknown }>;

export async function buildFederatedSchema(
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>,
  references: ReferenceResolvers,
  orphanedTypes: Function[] = [],
  /** Where @Subscription fields listen and @PubSub() writes publish (kit/subscriptions/event-bus.ts). */
  pubSub?: PubSub,
): Promise<GraphQLSchema> {
  // authChecker enforces the access rules the auth decorators declare (kit/auth/decorators.ts).
  const schema = await buildSchema({ resolvers, orphanedTypes, skipCheck: true, validate: false, authChecker, authMode: 'error', ...(pubSub ? { pubSub } : {}) });
  const map = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(references)) {
    map[typeName] = { ...(map[typeName] ?? {}), ...reference };
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${CACHE_CONTROL_DIRECTIVE}\n${describeRootTypes(printSchemaWithDirectives(schema))}`),
    resolvers: map as never,
  });
}

/** The subgraph SDL as composition sees it. */
export { printSubgraphSchema } from '@apollo/subgraph';
