/**
 * The four subgraphs answering from memory, in one process, one port each (BENCH_MEMORY_PORTS,
 * JSON by subgraph name): each builds the real subgraph's SDL with @apollo/subgraph and serves
 * POST /graphql with parsed and validated documents cached, so a gateway benchmarked against them
 * pays for its own work and almost nothing else. Data is read from the regions' databases
 * (<REGION>_DATABASE_URL, as the regions read it) at start.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { RegionName } from '../../schema/contract/errors';
import { loadSubgraphConfig } from '../../subgraphs/kit/config';
import { ROOT } from '../../scripts/system';
import { loadMemoryData, type MemoryData } from './data';
import { crossregionResolvers, tianjinResolvers, yangtzeResolvers, zhejiangResolvers } from './resolvers';

const RESOLVERS = { crossregion: crossregionResolvers, tianjin: tianjinResolvers, yangtze: yangtzeResolvers, zhejiang: zhejiangResolvers };

function schemaOf(name: keyof typeof RESOLVERS, data: MemoryData): GraphQLSchema {
  const sdl = fs.readFileSync(path.join(ROOT, 'schema/subgraphs', `${name}.graphql`), 'utf8');
  return buildSubgraphSchema({ typeDefs: parse(sdl), resolvers: RESOLVERS[name](data) });
}

function serve(schema: GraphQLSchema, port: number): Promise<http.Server> {
  const documents = new Map<string, DocumentNode>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const reply = (status: number, body: unknown) => {
        const text = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      };
      try {
        const { query, variables, operationName } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown>; operationName?: string };
        let document = documents.get(query);
        if (!document) {
          document = parse(query);
          const errors = validate(schema, document);
          if (errors.length) return reply(400, { errors: errors.map((e) => ({ message: e.message })) });
          if (documents.size > 1000) documents.clear();
          documents.set(query, document);
        }
        reply(200, await execute({ schema, document, variableValues: variables, operationName }));
      } catch (error) {
        reply(400, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
      }
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

async function main() {
  const ports = JSON.parse(process.env.BENCH_MEMORY_PORTS!) as Record<keyof typeof RESOLVERS, number>;
  const urls = {} as Record<RegionName, string>;
  for (const region of ['tianjin', 'yangtze', 'zhejiang'] as const) {
    const loaded = loadSubgraphConfig(region);
    if (loaded.errors) throw new Error(loaded.errors.join('; '));
    urls[region] = loaded.config.databaseUrl;
  }
  const started = Date.now();
  const data = await loadMemoryData(urls);
  const servers = await Promise.all((Object.keys(RESOLVERS) as Array<keyof typeof RESOLVERS>).map((name) => serve(schemaOf(name, data), ports[name])));
  process.stdout.write(`memory subgraphs: ${data.firms.size} firms loaded in ${Date.now() - started} ms\n`);
  process.once('SIGTERM', () => {
    for (const server of servers) server.close();
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
