/**
 * Peers (c) and (d): the @graphql-hive/gateway runtime on the same supergraph, with its default
 * query planner or, given `--router`, with @graphql-hive/router-runtime's handler (the Rust query
 * planner of Hive Router). BENCH_SUPERGRAPH names the supergraph, BENCH_PORT the port.
 */
import fs from 'node:fs';
import http from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

const supergraph = fs.readFileSync(process.env.BENCH_SUPERGRAPH!, 'utf8');
const runtime = createGatewayRuntime({
  supergraph,
  logging: false,
  ...(process.argv.includes('--router') ? { unifiedGraphHandler } : {}),
});
const server = http.createServer(runtime);
server.listen(Number(process.env.BENCH_PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => void Promise.resolve(runtime.dispose()).then(() => process.exit(0))));
