/**
 * A small federation for the executor's tests, with what plans are made of: a root fetch, entity
 * fetches across subgraphs and through lists, a @requires, an interface and a union over types of
 * several subgraphs, an @inaccessible field and enum value, a non-null field a subgraph can fail,
 * a mutation, a subscription root, and a subgraph that can be made slow or failing per test.
 */
import type { SubgraphDefinition } from './small-federation';

export interface ShopControls {
  /** Milliseconds the reviews subgraph waits before answering. */
  reviewsDelayMs: number;
  /** The accounts subgraph answers HTTP 500 to everything. */
  accountsDown: boolean;
  /** User ids whose `name` the accounts subgraph fails with an error. */
  failingNames: Set<string>;
}

const products = [
  { upc: 'p1', name: 'Table', price: 900, weight: 20, kind: 'FURNITURE' },
  { upc: 'p2', name: 'Lamp', price: 40, weight: 2, kind: 'LIGHTING' },
  { upc: 'p3', name: 'Chair', price: 120, weight: 6, kind: 'SECRET' },
];
const users = [
  { id: 'u1', name: 'Ada' },
  { id: 'u2', name: 'Alan' },
  { id: 'u3', name: null },
];
const reviews = [
  { id: 'r1', upc: 'p1', body: 'Solid', authorId: 'u1' },
  { id: 'r2', upc: 'p1', body: 'Heavy', authorId: 'u2' },
  { id: 'r3', upc: 'p2', body: 'Bright', authorId: 'u1' },
  { id: 'r4', upc: 'p3', body: 'Hidden', authorId: 'u3' },
];

export function shopFederation(controls: ShopControls): SubgraphDefinition[] {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const added: typeof products = [];
  const product = (upc: string) => products.find((p) => p.upc === upc) ?? added.find((p) => p.upc === upc);
  return [
    {
      name: 'products',
      typeDefs: `
        type Query { products: [Product!]! product(upc: ID!): Product topItem: Item }
        type Mutation { addProduct(name: String!): Product! }
        type Subscription { productAdded: Product! }
        enum Kind { FURNITURE LIGHTING SECRET @inaccessible }
        interface Item { id: ID! label: String! }
        type Product implements Item @key(fields: "upc") { upc: ID! id: ID! name: String! label: String! price: Int! kind: Kind secretCode: String @inaccessible }
      `,
      resolvers: {
        Query: {
          products: () => products,
          product: (_: unknown, { upc }: { upc: string }) => product(upc) ?? null,
          topItem: () => ({ __typename: 'Product', ...products[0] }),
        },
        Mutation: {
          addProduct: (_: unknown, { name }: { name: string }) => {
            const item = { upc: `n${added.length + 1}`, name, price: 1, weight: 1, kind: 'FURNITURE' };
            added.push(item);
            return item;
          },
        },
        Product: {
          __resolveReference: (ref: { upc: string }) => product(ref.upc),
          id: (p: { upc: string }) => p.upc,
          label: (p: { name: string }) => `product ${p.name}`,
          secretCode: () => 'x-1',
        },
        Item: { __resolveType: () => 'Product' },
      },
    },
    {
      name: 'inventory',
      typeDefs: `
        type Product @key(fields: "upc") { upc: ID! price: Int! @external weight: Int! shippingEstimate: Int! @requires(fields: "price") }
      `,
      resolvers: {
        Product: {
          __resolveReference: (ref: { upc: string; price?: number }) => ({ ...product(ref.upc), ...ref }),
          shippingEstimate: (p: { price: number; weight: number }) => (p.price > 100 ? 0 : p.weight * 3),
        },
      },
    },
    {
      name: 'reviews',
      typeDefs: `
        type Query { latestReview: Review }
        type Review { id: ID! body: String! author: User }
        type User @key(fields: "id") { id: ID! reviews: [Review!]! }
        type Product @key(fields: "upc") { upc: ID! reviews: [Review!]! }
      `,
      resolvers: {
        Query: { latestReview: () => reviews[reviews.length - 1] },
        Review: { author: (r: { authorId: string }) => ({ id: r.authorId }) },
        User: { __resolveReference: (ref: { id: string }) => ref, reviews: (u: { id: string }) => reviews.filter((r) => r.authorId === u.id) },
        Product: { __resolveReference: (ref: { upc: string }) => ref, reviews: (p: { upc: string }) => reviews.filter((r) => r.upc === p.upc) },
      },
      before: async () => {
        if (controls.reviewsDelayMs) await sleep(controls.reviewsDelayMs);
      },
    },
    {
      name: 'accounts',
      typeDefs: `
        type Query { me: User search(term: String!): [SearchResult!]! }
        union SearchResult = User | Company
        type Company { name: String! }
        type User @key(fields: "id") { id: ID! name: String! }
      `,
      resolvers: {
        Query: {
          me: () => users[0],
          search: () => [{ __typename: 'User', ...users[1] }, { __typename: 'Company', name: 'Acme' }],
        },
        SearchResult: { __resolveType: (v: { __typename: string }) => v.__typename },
        User: {
          __resolveReference: (ref: { id: string }) => users.find((u) => u.id === ref.id),
          name: (u: { id: string; name: string | null }) => {
            if (controls.failingNames.has(u.id)) throw Object.assign(new Error(`no name for ${u.id}`), { extensions: { code: 'NOT_FOUND' } });
            return u.name;
          },
        },
      },
      before: (_req, res) => {
        if (!controls.accountsDown) return;
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('down');
      },
    },
  ];
}
