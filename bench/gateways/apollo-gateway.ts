/**
 * Peer (b): plain @apollo/gateway on @apollo/server with default settings — the baseline every
 * figure of the benchmark is a ratio to. BENCH_SUPERGRAPH names the supergraph, BENCH_PORT the port.
 */
import fs from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway } from '@apollo/gateway';

async function main() {
  const supergraphSdl = fs.readFileSync(process.env.BENCH_SUPERGRAPH!, 'utf8');
  const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) });
  await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(process.env.BENCH_PORT) } });
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}

void main();
