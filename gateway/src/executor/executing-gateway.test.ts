/**
 * The executor through the gateway as it runs (startGateway), on a small federation of real
 * subgraphs over HTTP (testing/shop-federation.ts): plans with entity fetches, @requires, abstract
 * types, errors from subgraphs at the paths they concern, introspection, @inaccessible, and
 * @defer delivered in parts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mergeParts, postIncremental } from '../../../test/support/multipart';
import type { RunningGateway } from '../server';
import { shopFederation, type ShopControls } from '../testing/shop-federation';
import { post, startGatewayOn, startSmallFederation, type SmallFederation } from '../testing/small-federation';

const controls: ShopControls = { reviewsDelayMs: 0, accountsDown: false, failingNames: new Set() };

describe('the executor', () => {
  let federation: SmallFederation;
  let gateway: RunningGateway;
  beforeAll(async () => {
    federation = await startSmallFederation(shopFederation(controls));
    // No response cache: every request here must run the plan.
    gateway = await startGatewayOn(federation, { RESPONSE_CACHE: 'false', SUBGRAPH_RETRIES: '0', SUBGRAPH_BREAKER_FAILURES: '1000' });
  });
  afterAll(async () => {
    await gateway?.close();
    await federation?.close();
  });
  beforeEach(() => {
    controls.reviewsDelayMs = 0;
    controls.accountsDown = false;
    controls.failingNames.clear();
  });

  it('joins entities across subgraphs, through lists, with @requires inputs fetched first', async () => {
    const { body } = await post(gateway.url, { query: '{ products { upc name shippingEstimate reviews { body author { name } } } }' });
    expect(body).toEqual({
      data: {
        products: [
          { upc: 'p1', name: 'Table', shippingEstimate: 0, reviews: [{ body: 'Solid', author: { name: 'Ada' } }, { body: 'Heavy', author: { name: 'Alan' } }] },
          { upc: 'p2', name: 'Lamp', shippingEstimate: 6, reviews: [{ body: 'Bright', author: { name: 'Ada' } }] },
          { upc: 'p3', name: 'Chair', shippingEstimate: 0, reviews: [{ body: 'Hidden', author: null }] },
        ],
      },
      errors: [expect.objectContaining({ path: ['products', 2, 'reviews', 0, 'author', 'name'] })],
    });
  });

  it('answers in the order and under the names the operation asks, with __typename, fragments and no fetched-only keys', async () => {
    const query = `query Q($withPrice: Boolean!, $skipName: Boolean!) {
      first: product(upc: "p2") { __typename ...F kind cost: price @include(if: $withPrice) }
      product(upc: "p1") { t: __typename name @skip(if: $skipName) }
    }
    fragment F on Product { label name reviews { author { __typename id } } }`;
    const { body } = await post(gateway.url, { query, variables: { withPrice: true, skipName: true } });
    expect(JSON.stringify(body)).toBe(
      JSON.stringify({
        data: {
          first: { __typename: 'Product', label: 'product Lamp', name: 'Lamp', reviews: [{ author: { __typename: 'User', id: 'u1' } }], kind: 'LIGHTING', cost: 40 },
          product: { t: 'Product' },
        },
      }),
    );
    const other = await post(gateway.url, { query, variables: { withPrice: false, skipName: false } });
    expect(other.body.data.first).not.toHaveProperty('cost');
    expect(other.body.data.product).toEqual({ t: 'Product', name: 'Table' });
  });

  it('shapes abstract types by each object\'s runtime type', async () => {
    const { body } = await post(gateway.url, { query: '{ search(term: "a") { __typename ... on User { name reviews { body } } ... on Company { name } } topItem { id ... on Product { name } } }' });
    expect(body).toEqual({
      data: {
        search: [
          { __typename: 'User', name: 'Alan', reviews: [{ body: 'Heavy' }] },
          { __typename: 'Company', name: 'Acme' },
        ],
        topItem: { id: 'p1', name: 'Table' },
      },
    });
  });

  it('hides what is @inaccessible: the field does not validate, an inaccessible enum value becomes null with an error', async () => {
    const field = await post(gateway.url, { query: '{ product(upc: "p1") { secretCode } }' });
    expect(field.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const { body } = await post(gateway.url, { query: '{ products { upc kind } }' });
    expect(body.data.products).toEqual([
      { upc: 'p1', kind: 'FURNITURE' },
      { upc: 'p2', kind: 'LIGHTING' },
      { upc: 'p3', kind: null },
    ]);
    expect(body.extensions?.valueCompletion).toEqual([expect.objectContaining({ path: ['products', 2, 'kind'] })]);
    expect(JSON.stringify(body)).not.toContain('SECRET');
  });

  it('puts a subgraph error at the path of the entity it concerns, and nulls the nearest nullable parent', async () => {
    controls.failingNames.add('u2');
    const { body } = await post(gateway.url, { query: '{ product(upc: "p1") { reviews { body author { id name } } } }' });
    expect(body.data).toEqual({ product: { reviews: [{ body: 'Solid', author: { id: 'u1', name: 'Ada' } }, { body: 'Heavy', author: null }] } });
    expect(body.errors).toEqual([expect.objectContaining({ message: 'no name for u2', path: ['product', 'reviews', 1, 'author', 'name'], extensions: { code: 'NOT_FOUND' } })]);
  });

  it('costs a subgraph that is down only its own fields', async () => {
    controls.accountsDown = true;
    const { body } = await post(gateway.url, { query: '{ product(upc: "p2") { name reviews { body author { name } } } }' });
    expect(body.data).toEqual({ product: { name: 'Lamp', reviews: [{ body: 'Bright', author: null }] } });
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['REGION_UNAVAILABLE']);
  });

  it('runs mutation root fields one after the other', async () => {
    const { body } = await post(gateway.url, { query: 'mutation { a: addProduct(name: "A") { name shippingEstimate } b: addProduct(name: "B") { upc } }' });
    expect(body).toEqual({ data: { a: { name: 'A', shippingEstimate: 3 }, b: { upc: expect.stringMatching(/^n\d+$/) } } });
    expect(Number(body.data.b.upc.slice(1))).toBe(Number(/^n(\d+)$/.exec((await post(gateway.url, { query: 'mutation { addProduct(name: "C") { upc } }' })).body.data.addProduct.upc)![1]) - 1);
  });

  it('answers introspection from the API schema, @defer included', async () => {
    const { body } = await post(gateway.url, { query: '{ __type(name: "Product") { fields { name } } __schema { directives { name } } __typename }' });
    expect(body.data.__typename).toBe('Query');
    expect(body.data.__type.fields.map((f: { name: string }) => f.name)).not.toContain('secretCode');
    expect(body.data.__schema.directives.map((d: { name: string }) => d.name)).toContain('defer');
  });

  it('answers __typename alone without asking any subgraph', async () => {
    const { body } = await post(gateway.url, { query: '{ __typename }' });
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });

  describe('@defer', () => {
    const query = `query ($upc: ID!) {
      product(upc: $upc) {
        name
        ... @defer(label: "reviews") { reviews { body author { name ... @defer { reviews { body } } } } }
        ... on Product @defer { shippingEstimate }
      }
    }`;

    it('sends the primary part first and each deferred part when its fetches are done; merged, they equal the whole answer', async () => {
      controls.reviewsDelayMs = 300;
      const whole = await post(gateway.url, { query, variables: { upc: 'p1' } });
      expect(whole.headers.get('content-type')).toMatch(/^application\/json/);
      expect(whole.body.errors).toBeUndefined();

      const { contentType, parts } = await postIncremental(gateway.url, { query, variables: { upc: 'p1' } });
      expect(contentType).toBe('multipart/mixed; boundary="-"; deferSpec=20220824');
      expect(parts[0]!.json).toEqual({ data: { product: { name: 'Table' } }, hasNext: true });
      // shippingEstimate does not wait for the slow reviews subgraph.
      const shipping = parts.findIndex((p) => p.json.incremental?.some((i) => 'shippingEstimate' in (i.data ?? {})));
      const reviews = parts.findIndex((p) => p.json.incremental?.some((i) => i.label === 'reviews'));
      expect(shipping).toBeGreaterThan(0);
      expect(reviews).toBeGreaterThan(shipping);
      expect(parts[reviews]!.atMs - parts[0]!.atMs).toBeGreaterThan(200);
      expect(parts[reviews]!.json.incremental).toEqual([{ data: { reviews: [{ body: 'Solid', author: { name: 'Ada' } }, { body: 'Heavy', author: { name: 'Alan' } }] }, path: ['product'], label: 'reviews' }]);
      // The nested defer, one item per author, after the part it is nested in.
      const nested = parts.slice(reviews + 1).flatMap((p) => p.json.incremental ?? []);
      expect(nested.map((i) => i.path)).toEqual(expect.arrayContaining([['product', 'reviews', 0, 'author'], ['product', 'reviews', 1, 'author']]));
      expect(parts.at(-1)!.json.hasNext).toBe(false);
      expect(parts.slice(0, -1).every((p) => p.json.hasNext === true)).toBe(true);
      expect(mergeParts(parts)).toEqual(whole.body.data);
    });

    it('gives an error inside a deferred part to that part only', async () => {
      controls.failingNames.add('u2');
      const { parts } = await postIncremental(gateway.url, { query, variables: { upc: 'p1' } });
      expect(parts[0]!.json.errors).toBeUndefined();
      const items = parts.slice(1).flatMap((p) => p.json.incremental ?? []);
      const reviews = items.find((i) => i.label === 'reviews')!;
      expect(reviews.errors).toEqual([expect.objectContaining({ message: 'no name for u2', path: ['product', 'reviews', 1, 'author', 'name'] })]);
      expect(reviews.data).toEqual({ reviews: [{ body: 'Solid', author: { name: 'Ada' } }, { body: 'Heavy', author: null }] });
      expect(items.filter((i) => i !== reviews).every((i) => i.errors === undefined)).toBe(true);
    });

    it('defers part of a mutation\'s result: the mutation runs once, before the first part', async () => {
      const { parts } = await postIncremental(gateway.url, { query: 'mutation { addProduct(name: "Deferred") { upc name ... @defer { shippingEstimate } } }' });
      expect(parts.map((p) => p.json)).toEqual([
        { data: { addProduct: { upc: expect.stringMatching(/^n\d+$/), name: 'Deferred' } }, hasNext: true },
        { incremental: [{ data: { shippingEstimate: 3 }, path: ['addProduct'] }], hasNext: false },
      ]);
    });

    it('does not defer under @defer(if: false), and answers a client without multipart whole', async () => {
      const conditional = 'query ($d: Boolean!) { product(upc: "p2") { name ... @defer(if: $d) { shippingEstimate } } }';
      const off = await postIncremental(gateway.url, { query: conditional, variables: { d: false } });
      expect(off.contentType).toMatch(/^application\/json/);
      expect(off.parts[0]!.json).toEqual({ data: { product: { name: 'Lamp', shippingEstimate: 6 } } });
      const on = await postIncremental(gateway.url, { query: conditional, variables: { d: true } });
      expect(on.parts.map((p) => p.json)).toEqual([
        { data: { product: { name: 'Lamp' } }, hasNext: true },
        { incremental: [{ data: { shippingEstimate: 6 }, path: ['product'] }], hasNext: false },
      ]);
    });
  });
});
