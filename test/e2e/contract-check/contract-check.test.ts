/**
 * Issue 26: a region may bring its own subgraph if it implements the region contract, and
 * `npm run contract:check -- <URL>` tells its team whether it does and why not. Run as a user runs
 * it (the compiled command, as a child process) against one of our regions, against a subgraph of
 * another shape, and against one of the contract's exact shape that breaks its rules.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const subgraphUrls = inject('subgraphUrls');

function contractCheck(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'dist/schema/conformance/check.js'), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, out: stdout + stderr });
    });
  });
}

/** A Federation 2 subgraph of another team, served over real HTTP. */
async function serve(typeDefs: string, resolvers: Record<string, unknown>): Promise<{ url: string; close(): Promise<void> }> {
  const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as never }), plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();
  const httpServer = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const answer = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'POST', headers: new Map(Object.entries(req.headers).map(([k, v]) => [k, String(v)])) as never, search: '', body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') },
      context: async () => ({}),
    });
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
    res.end(answer.body.kind === 'complete' ? answer.body.string : '');
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await new Promise((resolve) => httpServer.close(resolve));
      await server.stop();
    },
  };
}

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@inaccessible"])';

describe('npm run contract:check', () => {
  const servers: Array<{ close(): Promise<void> }> = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it('finds one of our regions conforming: shape, composition and behaviour', async () => {
    const { code, out } = await contractCheck(subgraphUrls.zhejiang, '--name', 'zhejiang');
    expect(out).toContain('✓ shape');
    expect(out).toContain('✓ composition as "zhejiang"');
    expect(out).toContain('✓ behaviour');
    expect(code).toBe(0);
  });

  describe('a subgraph of another shape', () => {
    let url: string;
    beforeAll(async () => {
      const other = await serve(
        `${LINK}
        type Firm @key(fields: "id") { id: ID! name: String }
        type Query { directoryFirms(first: Int!, filter: String!): [Firm!]! @shareable }`,
        { Query: { directoryFirms: () => [] } },
      );
      servers.push(other);
      url = other.url;
    });

    it('is told each departure: keys, missing fields, argument and return types, and composition is reported', async () => {
      const { code, out } = await contractCheck(url, '--name', 'chengdu');
      expect(code).toBe(1);
      expect(out).toContain('Firm @key: no @key(fields: "uscc")');
      expect(out).toContain('Firm.uscc: missing');
      expect(out).toContain('IndustryChain: not defined');
      expect(out).toContain('Query.directoryFirmsByUscc: missing');
      expect(out).toMatch(/Query\.directoryFirms\(filter:\): is String!; the contract passes DirectoryFilter!/);
      expect(out).toMatch(/Query\.directoryFirms: is \[Firm!\]!; the contract has DirectoryFirmPage!/);
      expect(out).toContain('behaviour not probed');
      expect(out).toContain('does not conform');
    });
  });

  describe('a subgraph of the contract\'s exact shape that breaks its rules', () => {
    let url: string;
    beforeAll(async () => {
      // The contract's own SDL, served with resolvers that ignore order, cursors and page size.
      const contract = fs.readFileSync(path.join(ROOT, 'schema/region-contract.graphql'), 'utf8');
      const rows = [
        { uscc: 'B', sortKey: '0002', name: '乙', region: 'chengdu', originalName: '乙', areaCode: '510100', sampleCode: false, kind: 'FIRM', cooperationCount: 0, source: 'x', chains: [] },
        { uscc: 'A', sortKey: '0001', name: '甲', region: 'chengdu', originalName: '甲', areaCode: '510100', sampleCode: false, kind: 'FIRM', cooperationCount: 0, source: 'x', chains: [] },
        { uscc: 'C', sortKey: '0003', name: '丙', region: 'chengdu', originalName: '丙', areaCode: '510100', sampleCode: false, kind: 'FIRM', cooperationCount: 0, source: 'x', chains: [] },
      ];
      const sloppy = await serve(`${LINK}\n${contract}`, {
        Query: {
          directoryFirms: () => ({ rows, totalCount: rows.length }),
          directoryFirmsByUscc: () => [],
          directoryProjects: () => ({ rows: [], totalCount: 0 }),
          directoryScopes: () => [],
        },
        Firm: { __resolveReference: () => null },
      });
      servers.push(sloppy);
      url = sloppy.url;
    });

    it('conforms in shape and composes, and is told what its answers get wrong', async () => {
      const { code, out } = await contractCheck(url, '--name', 'chengdu');
      expect(out).toContain('✓ shape');
      expect(out).toContain('✓ composition as "chengdu"');
      expect(out).toContain('✗ behaviour');
      expect(out).toContain('Query.directoryFirms(first:): first: 2 answered 3 rows');
      expect(out).toContain('not in ascending (sortKey, uscc) order');
      expect(out).toMatch(/Query\.directoryFirmsByUscc: asked for B, A, C/);
      expect(out).toMatch(/Firm @key: a Firm reference by uscc C did not resolve/);
      expect(out).toMatch(/first: -1 must be refused with extensions\.code BAD_USER_INPUT/);
      expect(code).toBe(1);
    });
  });

  it('says how to use it, and exits 2, on a bad command line or an unreachable URL', async () => {
    const none = await contractCheck();
    expect(none.code).toBe(2);
    expect(none.out).toContain('usage: npm run contract:check');
    const unreachable = await contractCheck('http://127.0.0.1:9/graphql');
    expect(unreachable.code).toBe(2);
    expect(unreachable.out).toContain('could not reach');
  });
});
