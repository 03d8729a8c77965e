/**
 * `npm start`: the whole system on its embedded defaults — every region on its own SQLite file in
 * ./data, created by migrations and seeded on first start — and the URLs printed.
 *
 * `npm run start:servers` (`--servers`): the production topology instead — Tianjin on PostgreSQL,
 * Yangtze on MariaDB, Zhejiang on PostgreSQL (scripts/topology.ts), each database created on its
 * server if missing.
 */
import { ensureDevelopmentKey } from '../gateway/src/auth/development-key';
import { dataDirOf } from '../gateway/src/config';
import { SUBGRAPHS } from '../schema/subgraph-list';
import { DEFAULT_PORTS, ROOT, startSystem, type ProcessName } from './system';
import { prepareServerTopology } from './topology';

/** The default ports, or GATEWAY_PORT and <SUBGRAPH>_PORT where set. */
function portsOf(env: NodeJS.ProcessEnv): Record<ProcessName, number> {
  const ports = { ...DEFAULT_PORTS };
  for (const name of [...SUBGRAPHS.map((s) => s.name), 'gateway'] as ProcessName[]) {
    const text = env[`${name.toUpperCase()}_PORT`];
    if (text === undefined || text === '') continue;
    const port = Number(text);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name.toUpperCase()}_PORT must be a port number, got "${text}"`);
    ports[name] = port;
  }
  return ports;
}

async function main() {
  const servers = process.argv.includes('--servers');
  const env = servers ? await prepareServerTopology((line) => process.stdout.write(`${line}\n`)) : {};
  const dataDir = dataDirOf(process.env, ROOT);
  const development = (process.env.COOPGRAPH_MODE ?? 'development') === 'development';
  // The key `coopgraph token` signs with and this gateway accepts (docs/tokens.md); never in production.
  if (development) ensureDevelopmentKey(dataDir);
  const system = await startSystem({ dataDir, ports: portsOf(process.env), env, output: 'inherit' });
  const lines = [
    '',
    `Coopgraph is running${servers ? ' on the server topology (PostgreSQL, MariaDB, PostgreSQL)' : ''}:`,
    `  gateway + explorer  ${system.gatewayUrl.replace(/\/graphql$/, '/')}  (GraphQL at ${system.gatewayUrl})`,
    ...Object.entries(system.urls)
      .filter(([name]) => name !== 'gateway')
      .map(([name, url]) => `  ${name.padEnd(19)} ${url}`),
    '',
    ...(development ? ['Sign in: npx coopgraph token --role analyst   (roles, regions, scopes: docs/tokens.md)', ''] : []),
    'Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    system.stopAll().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
