/** Gateway process entry: configuration validated first, graceful shutdown on SIGTERM/SIGINT. */
import { runProcess } from '../../subgraphs/kit/process';
import { loadGatewayConfig } from './config';
import { startGateway } from './server';

void runProcess('gateway', { load: () => loadGatewayConfig(), start: (config) => startGateway(config) });
