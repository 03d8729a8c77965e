/**
 * Issue 25, point 4: a request whose operation does not resolve — two operations and no
 * operationName, or an operationName the document does not hold — is the caller's mistake: HTTP 400
 * with OPERATION_RESOLUTION_FAILURE, never a 500, and nothing but JSON log lines on stderr. On a
 * development gateway with the document sent, and on a production gateway by the hash of a
 * trusted document.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { TrustedManifest } from '../../../gateway/src/trusted-documents/manifest';
import { nonJsonLines, startGatewayProcess, type GatewayProcess } from '../../support/gateway-process';

const subgraphUrls = inject('subgraphUrls');

const TWO_OPERATIONS = 'query Zones { yangtze { zones { name } } } query Counties { zhejiang { counties { name } } }';

async function post(url: string, body: unknown) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

function expectResolutionFailure(answer: Awaited<ReturnType<typeof post>>) {
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
}

describe('an operation that does not resolve', () => {
  let development: GatewayProcess;
  let production: GatewayProcess;
  beforeAll(async () => {
    [development, production] = await Promise.all([
      startGatewayProcess(subgraphUrls),
      startGatewayProcess(subgraphUrls, { COOPGRAPH_MODE: 'production', NODE_ENV: 'production', COOPGRAPH_JWKS_URL: 'http://127.0.0.1:9/jwks.json' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([development?.stop(), production?.stop()]);
  });

  it('is 400 when two operations are sent without an operationName', async () => {
    const answer = await post(development.url, { query: TWO_OPERATIONS });
    expectResolutionFailure(answer);
    expect(answer.body.errors![0]!.message).toMatch(/operationName/);
  });

  it('is 400 when the operationName is not in the document', async () => {
    expectResolutionFailure(await post(development.url, { query: TWO_OPERATIONS, operationName: 'Parks' }));
    expectResolutionFailure(await post(development.url, { query: '{ yangtze { zones { name } } }', operationName: 'Zones' }));
    // The document still runs when it is named right.
    const named = await post(development.url, { query: TWO_OPERATIONS, operationName: 'Counties' });
    expect(named.status).toBe(200);
    expect(named.body.errors).toBeUndefined();
  });

  it('is 400 by the hash of a trusted document on a production gateway', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../gateway/trusted-documents/manifest.json'), 'utf8')) as TrustedManifest;
    const operation = manifest.operations[0]!;
    const answer = await post(production.url, { operationName: 'NotInTheDocument', extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } } });
    expectResolutionFailure(answer);
  });

  it('writes nothing but JSON lines on stderr', () => {
    expect(nonJsonLines(development.stderr())).toEqual([]);
    expect(nonJsonLines(production.stderr())).toEqual([]);
  });
});
