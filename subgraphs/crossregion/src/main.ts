/** The cross-region subgraph's process: configuration validated first, SIGTERM/SIGINT close it. */
import 'reflect-metadata';
import { runProcess } from '../../kit/process';
import { loadCrossRegionConfig } from './config';
import { startCrossRegion } from './server';

void runProcess('crossregion subgraph', { load: loadCrossRegionConfig, start: (config) => startCrossRegion(config) });
