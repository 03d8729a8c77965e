/** The pairing board's server process: configuration validated first, graceful shutdown on SIGTERM/SIGINT. */
import { runProcess } from '../../subgraphs/kit/process';
import { loadFrontendConfig } from './config';
import { startFrontendServer } from './serve-frontend';

void runProcess('frontend', { load: () => loadFrontendConfig(), start: startFrontendServer });
