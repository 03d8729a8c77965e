import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildSchema, parse, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildCrossRegionSchema } from '../../crossregion/src/schema';
import { tianjin } from '../../tianjin/src/region';
import { buildRegionSchema } from '../server';
import { cachePolicyPlugins, hasCacheHints } from './cache-policy';

const DIRECTIVES = `
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;

const PLAIN = `${DIRECTIVES}
  type Firm { name: String }
  type Query { firm: Firm broken: String }
  type Mutation { touch: Boolean }
`;

/** Every hint Apollo reads: on types and fields, inherited, private, on abstract types' members. */
const HINTED = `${DIRECTIVES}
  interface Party { name: String }
  type Firm implements Party @cacheControl(maxAge: 600) {
    name: String
    chain: Chain
    secret: String @cacheControl(maxAge: 30, scope: PRIVATE)
    parent: Firm @cacheControl(inheritMaxAge: true)
    note: Note
  }
  type Person implements Party { name: String }
  type Chain @cacheControl(maxAge: 3600) { code: String }
  type Note { text: String }
  union Found = Firm | Chain
  type Query {
    firm: Firm
    chains: [Chain]
    parties: [Party]
    found: [Found]
    count: Int
    counted: Int @cacheControl(maxAge: 90)
    broken: String
  }
  type Mutation { touch: Boolean }
`;

/** Every field answers, every list has one item of each member type: Apollo's plugin then sees every field the operation names. */
const firm = (): Record<string, unknown> => ({ __typename: 'Firm', name: '天开', chain: { code: 'NEW_ENERGY' }, secret: 's', note: { text: 't' }, parent: { __typename: 'Firm', name: 'p', chain: { code: 'C' }, note: { text: 'n' } } });
const ROOT = {
  firm,
  chains: () => [{ code: 'NEW_ENERGY' }],
  parties: () => [firm(), { __typename: 'Person', name: '张' }],
  found: () => [firm(), { __typename: 'Chain', code: 'C' }],
  count: () => 1,
  counted: () => 2,
  broken: () => {
    throw new Error('no');
  },
  touch: () => true,
};

async function headerWith(schema: GraphQLSchema, plugins: ApolloServerPlugin[], query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
  const server = new ApolloServer({ schema, rootValue: ROOT, plugins });
  await server.start();
  try {
    const response = await server.executeOperation({ query, variables });
    return response.http.headers.get('cache-control');
  } finally {
    await server.stop();
  }
}

const ours = (sdl: string, query: string, defaultMaxAge = 60) => {
  const schema = buildSchema(sdl);
  return headerWith(schema, cachePolicyPlugins(schema, defaultMaxAge), query);
};
const apollos = (sdl: string, query: string, defaultMaxAge = 60) => headerWith(buildSchema(sdl), [ApolloServerPluginCacheControl({ defaultMaxAge })], query);

describe('cachePolicyPlugins', () => {
  it('gives every error-free query answer of a hint-free schema the default max age', async () => {
    expect(await ours(PLAIN, '{ firm { name } }')).toBe('max-age=60, public');
  });

  it('marks answers with errors, and mutations, as not to be stored', async () => {
    expect(await ours(PLAIN, '{ broken }')).toBe('no-store');
    expect(await ours(HINTED, '{ chains { code } broken }')).toBe('no-store');
    expect(await ours(PLAIN, 'mutation { touch }')).toBe('no-store');
  });

  const operations = [
    '{ chains { code } }',
    '{ firm { name } }',
    '{ firm { name chain { code } } }',
    '{ firm { secret } }',
    '{ firm { parent { name } } }',
    '{ firm { parent { note { text } } } }',
    '{ firm { note { text } } }',
    '{ count }',
    '{ counted chains { code } }',
    '{ parties { name } }',
    '{ parties { ... on Firm { chain { code } } } }',
    '{ found { ... on Chain { code } } }',
    '{ found { ... F } } fragment F on Firm { secret }',
    '{ __typename }',
  ];
  for (const defaultMaxAge of [0, 60]) {
    for (const query of operations) {
      it(`agrees with Apollo's per-field plugin (default ${defaultMaxAge} s) on ${query}`, async () => {
        expect(await ours(HINTED, query, defaultMaxAge)).toBe(await apollos(HINTED, query, defaultMaxAge));
      });
    }
  }

  describe('on _entities, whose resolver restricts by each representation\'s type', () => {
    const subgraph = () =>
      buildSubgraphSchema({
        typeDefs: parse(`
          extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
          ${DIRECTIVES}
          type Area @key(fields: "code") @cacheControl(maxAge: 86400) { code: ID! name: String }
          type Firm @key(fields: "uscc") { uscc: ID! name: String }
          type Query { area(code: ID!): Area }
        `),
        resolvers: {
          Area: { __resolveReference: (ref: { code: string }) => ({ ...ref, name: '天津' }) },
          Firm: { __resolveReference: (ref: { uscc: string }) => ({ ...ref, name: '天开' }) },
        } as never,
      });
    const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Area { name } ... on Firm { name } } }';
    const cases: Array<[string, unknown[]]> = [
      ['hinted type', [{ __typename: 'Area', code: '120000' }]],
      ['type without a hint', [{ __typename: 'Firm', uscc: 'X' }]],
      ['both', [{ __typename: 'Firm', uscc: 'X' }, { __typename: 'Area', code: '120000' }]],
    ];
    for (const defaultMaxAge of [0, 60]) {
      for (const [name, representations] of cases) {
        it(`agrees with Apollo (default ${defaultMaxAge} s) for a ${name}`, async () => {
          const mine = await headerWith(subgraph(), cachePolicyPlugins(subgraph(), defaultMaxAge), ENTITIES, { r: representations });
          expect(mine).toBe(await headerWith(subgraph(), [ApolloServerPluginCacheControl({ defaultMaxAge })], ENTITIES, { r: representations }));
        });
      }
    }
    it('reads the representations: a day for areas alone', async () => {
      expect(await headerWith(subgraph(), cachePolicyPlugins(subgraph(), 0), ENTITIES, { r: cases[0]![1] })).toBe('max-age=86400, public');
    });
  });

  it('finds hints on types and fields: none in a region schema, some in the cross-region one', async () => {
    expect(hasCacheHints(buildSchema(PLAIN))).toBe(false);
    expect(hasCacheHints(buildSchema(PLAIN.replace('touch: Boolean', 'touch: Boolean @cacheControl(maxAge: 0)')))).toBe(true);
    expect(hasCacheHints(buildSchema(HINTED))).toBe(true);
    expect(hasCacheHints(await buildRegionSchema(tianjin))).toBe(false);
    expect(hasCacheHints(await buildCrossRegionSchema())).toBe(true);
  });
});
