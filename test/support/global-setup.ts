/**
 * One running system shared by the end-to-end scenarios that only read. Scenarios that stop a
 * process start a system of their own.
 */
import type { TestProject } from 'vitest/node';
import { startTestSystem, type TestSystem } from './system';

let system: TestSystem | undefined;

export async function setup(project: TestProject) {
  system = await startTestSystem();
  project.provide('gatewayUrl', system.gatewayUrl);
  project.provide('subgraphUrls', system.urls);
}

export async function teardown() {
  await system?.stopAll();
}

declare module 'vitest' {
  export interface ProvidedContext {
    gatewayUrl: string;
    subgraphUrls: Record<string, string>;
  }
}
