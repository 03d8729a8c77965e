/**
 * For the gateway's own tests: a small federation of real subgraphs (@apollo/subgraph schemas on
 * Apollo Server, each over HTTP on a free port), composed into a supergraph with
 * @apollo/composition, and the gateway started on it as production starts it (startGateway).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { graphqlHandler } from '../../../subgraphs/kit/http/apollo-handler';
import { loadGatewayConfig } from '../config';
import { startGateway, type RunningGateway } from '../server';
import type { GatewayPlugin } from '../plugin';

export interface SubgraphDefinition {
  name: string;
  typeDefs: string;
  resolvers: Record<string, unknown>;
  /** Runs before each request reaches the subgraph (a delay, a failure…); may answer itself by writing. */
  before?(req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<void> | void;
}

export interface SmallFederation {
  supergraphSdl: string;
  supergraphPath: string;
  urls: Record<string, string>;
  /** Every request body each subgraph received, in order. */
  received: Record<string, Array<{ query: string; variables?: Record<string, unknown> }>>;
  close(): Promise<void>;
}

const prelude = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires", "@provides", "@shareable", "@inaccessible", "@interfaceObject", "@override", "@tag"])\n';

/** Starts the subgraphs and composes them; `close` stops them and removes the supergraph file. */
export async function startSmallFederation(definitions: SubgraphDefinition[]): Promise<SmallFederation> {
  const urls: Record<string, string> = {};
  const received: SmallFederation['received'] = {};
  const closers: Array<() => Promise<void>> = [];
  for (const definition of definitions) {
    const typeDefs = definition.typeDefs.includes('@link(') ? definition.typeDefs : prelude + definition.typeDefs;
    const apollo = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: definition.resolvers as never }), includeStacktraceInErrorResponses: false, plugins: [ApolloServerPluginInlineTraceDisabled()] });
    await apollo.start();
    const handle = graphqlHandler({ server: apollo, bodyLimitBytes: 1 << 20, context: async () => ({}) });
    const log: SmallFederation['received'][string] = (received[definition.name] = []);
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        try {
          log.push(JSON.parse(body) as { query: string });
        } catch {
          // not JSON: the handler answers it
        }
        await definition.before?.(req, res, body);
        if (res.headersSent || res.writableEnded) return;
        // The handler reads the body again from the request: hand it what was read.
        const replay = Object.assign(req, { [Symbol.asyncIterator]: async function* () { yield Buffer.from(body); } });
        await handle(replay, res, new URL(req.url ?? '/', 'http://localhost'));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    urls[definition.name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    closers.push(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    });
  }
  const composed = composeServices(
    definitions.map((d) => ({ name: d.name, url: urls[d.name]!, typeDefs: parse(d.typeDefs.includes('@link(') ? d.typeDefs : prelude + d.typeDefs) })),
  );
  if (!composed.supergraphSdl) throw new Error(`composition failed: ${composed.errors?.map((e) => e.message).join('; ')}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-small-federation-'));
  const supergraphPath = path.join(dir, 'supergraph.graphql');
  fs.writeFileSync(supergraphPath, composed.supergraphSdl);
  return {
    supergraphSdl: composed.supergraphSdl,
    supergraphPath,
    urls,
    received,
    async close() {
      await Promise.all(closers.map((close) => close()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The project's gateway on the federation's supergraph, on a free port, configured from `env` as main.ts configures it. */
export async function startGatewayOn(federation: SmallFederation, env: NodeJS.ProcessEnv = {}, plugins: GatewayPlugin[] = []): Promise<RunningGateway> {
  const loaded = loadGatewayConfig({ LOG_LEVEL: 'warn', ...env, SUPERGRAPH_PATH: federation.supergraphPath });
  if (loaded.errors) throw new Error(loaded.errors.join('; '));
  // Port 0: the system picks a free one (never the default ports other tests may need).
  return startGateway({ ...loaded.config, port: 0 }, plugins);
}

/** POSTs a GraphQL request as JSON; returns the status, headers and parsed body. */
export async function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as { data?: any; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>; extensions?: Record<string, unknown> } };
}
