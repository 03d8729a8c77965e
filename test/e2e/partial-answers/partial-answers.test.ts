/**
 * Issue 27: a query that mixes public and non-public fields answers the public ones. The gateway
 * leaves out what the caller may not read and names each removed field in an error at its path (as
 * Apollo Router does for @authenticated / @requiresScopes); a subgraph called directly does the same;
 * a write is still refused whole, and a trimmed answer is never served to, or from, another caller.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startTestSystem, type TestSystem } from '../../support/system';
import { analystToken, bearer, TEST_AUTH_ENV } from '../../support/tokens';

// A system of its own: the gateway verifies the test tokens, so an analyst can be told from an anonymous caller.
let system: TestSystem;
let gateway: string;
let subgraphs: TestSystem["urls"];
beforeAll(async () => {
  system = await startTestSystem(TEST_AUTH_ENV);
  gateway = system.gatewayUrl;
  subgraphs = system.urls;
});
afterAll(async () => {
  await system?.stopAll();
});

const MIXED = '{ yangtze { people { name quote } zones(foundersOnly: true) { name } } }';
type Mixed = { yangtze: { people: Array<{ name: string; quote?: string | null }>; zones: Array<{ name: string }> } };

describe('a query mixing public and non-public fields', () => {
  it('answers the public fields and names the removed one by its path', async () => {
    const answer = await graphql<Mixed>(gateway, MIXED);
    expect(answer.status).toBe(200);
    expect(answer.data!.yangtze.zones.map((z) => z.name)).toContain('上海张江高新区');
    expect(answer.data!.yangtze.people.map((p) => p.name)).toContain('曹振全');
    expect(answer.data!.yangtze.people.every((p) => !('quote' in p))).toBe(true);
    expect(answer.errors).toEqual([
      expect.objectContaining({ path: ['yangtze', 'people', '@', 'quote'], extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ]);
    expect(answer.errors![0]!.message).toMatch(/YangtzePerson\.quote .*left out of the answer/);
  });

  it('removes a non-public type reached through a fragment, with its field', async () => {
    const answer = await graphql<{ tianjin: { firms: Array<{ name: string; people?: unknown }> } }>(
      gateway,
      'query { tianjin { firms { name ...staff } } } fragment staff on TianjinFirm { people { name role } }',
    );
    expect(answer.data!.tianjin.firms.length).toBeGreaterThan(10);
    expect(answer.data!.tianjin.firms.every((f) => f.people === undefined)).toBe(true);
    expect(answer.errors!.map((e) => e.path)).toEqual([['tianjin', 'firms', '@', 'people']]);
  });

  it('keeps the whole answer for a caller who may read it, never the trimmed one another caller got', async () => {
    const anonymous = await graphql<Mixed>(gateway, MIXED);
    const headers = bearer(await analystToken());
    const analyst = await graphql<Mixed>(gateway, MIXED, undefined, headers);
    expect(analyst.errors).toBeUndefined();
    expect(analyst.data!.yangtze.people.some((p) => p.quote)).toBe(true);
    // A trimmed answer carries errors: it is not cached, so an anonymous caller is answered afresh (and still trimmed).
    expect(anonymous.headers.get('x-cache')).not.toBe('HIT');
    const again = await graphql<Mixed>(gateway, MIXED);
    expect(again.headers.get('x-cache')).not.toBe('HIT');
    expect(again.errors).toHaveLength(1);
    expect((await graphql<Mixed>(gateway, MIXED, undefined, headers)).data).toEqual(analyst.data);
  });

  it('refuses when nothing public is left', async () => {
    const answer = await graphql(gateway, '{ tianjin { people { name } } }');
    expect(answer.status).toBe(401);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('answers the public fields of a subgraph called directly, too', async () => {
    const answer = await graphql<{ zhejiang: { assessments: Array<{ assessmentYear: number; countyResults?: unknown }> } }>(
      `${subgraphs.zhejiang}`,
      '{ zhejiang { assessments { assessmentYear countyResults { score } } } }',
    );
    expect(answer.data!.zhejiang.assessments.map((a) => a.assessmentYear)).toContain(2023);
    expect(answer.errors).toEqual([expect.objectContaining({ path: ['zhejiang', 'assessments', '@', 'countyResults'], extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
  });
});
