import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER } from '../../kit/auth/signed-identity';
import { RegionClient } from './region-client';

describe('a call to a region', () => {
  let server: http.Server;
  let url: string;
  const seen: http.IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { directoryFirmKeys: [] } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise((resolve) => server?.close(resolve)));

  it('passes on the gateway\'s signed identity unchanged, so the region decides for the same caller', async () => {
    const client = new RegionClient({ region: 'tianjin', url, timeoutMs: 1000, requestId: 'r-1', identityHeader: 'payload.1700000000000.mac' });
    expect(await client.firmKeys({})).toEqual({ rows: [] });
    expect(seen.at(-1)).toMatchObject({ [IDENTITY_HEADER]: 'payload.1700000000000.mac', 'x-request-id': 'r-1' });
  });

  it('sends none for an anonymous caller', async () => {
    await new RegionClient({ region: 'tianjin', url, timeoutMs: 1000, requestId: 'r-2' }).firmKeys({});
    expect(seen.at(-1)![IDENTITY_HEADER]).toBeUndefined();
  });
});
