/** Gateway process entry: configuration validated first, graceful shutdown on SIGTERM/SIGINT. */
import { loadGatewayConfig } from './config';
import { startGateway } from './server';

async function main() {
  const result = loadGatewayConfig();
  if (result.errors) {
    process.stderr.write(`gateway: invalid configuration\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    process.exit(2);
  }
  const gateway = await startGateway(result.config);
  const stop = () => {
    gateway.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main();
