/**
 * `npm start`: the whole system on its embedded defaults — every region on its own SQLite file in
 * ./data, created by migrations and seeded on first start — and the URLs printed.
 *
 * `npm run start:servers` (`--servers`): the production topology instead — Tianjin on PostgreSQL,
 * Yangtze on MariaDB, Zhejiang on PostgreSQL (scripts/topology.ts), each database created on its
 * server if missing.
 *
 * Ports and subgraph URLs: GATEWAY_PORT, `<SUBGRAPH>_PORT`, `<SUBGRAPH>_URL` (start-layout.ts).
 */
import { ensureDevelopmentKey } from '../gateway/src/auth/development-key';
import { dataDirOf } from '../gateway/src/config';
import { startLayout } from './start-layout';
import { ROOT, startSystem } from './system';
import { prepareServerTopology } from './topology';

async function main() {
  const servers = process.argv.includes('--servers');
  const configured = startLayout(process.env);
  if (configured.errors) {
    process.stderr.write(`start: invalid configuration\n${configured.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    process.exit(2);
  }
  const { ports, urls } = configured.layout;
  const env = servers ? await prepareServerTopology((line) => process.stdout.write(`${line}\n`)) : {};
  const dataDir = dataDirOf(process.env, ROOT);
  const development = (process.env.COOPGRAPH_MODE ?? 'development') === 'development';
  // The key `coopgraph token` signs with and this gateway accepts (docs/tokens.md); never in production.
  if (development) ensureDevelopmentKey(dataDir);
  const system = await startSystem({ dataDir, ports, subgraphUrls: urls, env, output: 'inherit' });
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
