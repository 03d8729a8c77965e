/**
 * Issue 25, point 7: `npm start` honours GATEWAY_PORT, the subgraphs' ports and their URLs, as
 * docs/configuration.md lists them; it took 4000 and 4100–4103 whatever was set. The real start
 * script (dist/scripts/start.js, what `npm start` runs after building) on free ports and a scratch
 * data directory: it prints the URLs it was given, the gateway answers there and calls Tianjin at
 * the URL given for it, and SIGTERM stops everything with exit code 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePorts, ROOT, stopChild } from '../../../scripts/system';
import { data } from '../../support/system';

describe('npm start on other ports', () => {
  let start: ChildProcess;
  let output = '';
  let ports: Awaited<ReturnType<typeof freePorts>>;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-e2e-start-'));
  beforeAll(async () => {
    ports = await freePorts();
    start = spawn(process.execPath, [path.join(ROOT, 'dist/scripts/start.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        COOPGRAPH_DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        GATEWAY_PORT: String(ports.gateway),
        ...Object.fromEntries(['crossregion', 'tianjin', 'yangtze', 'zhejiang'].map((name) => [`${name.toUpperCase()}_PORT`, String(ports[name as keyof typeof ports])])),
        // Another name for the same process: the gateway and the cross-region layer must use this one.
        TIANJIN_URL: `http://localhost:${ports.tianjin}/graphql`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    start.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    start.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const check = setInterval(() => {
        if (output.includes('Ctrl-C stops everything.')) resolve();
        else if (start.exitCode !== null) reject(new Error(`start exited with ${start.exitCode}:\n${output}`));
        else return;
        clearInterval(check);
      }, 100);
    });
  });
  afterAll(async () => {
    if (start) await stopChild(start);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the ports it was given', () => {
    expect(output).toContain(`http://127.0.0.1:${ports.gateway}/`);
    for (const name of ['crossregion', 'tianjin', 'yangtze', 'zhejiang'] as const) expect(output).toContain(`http://127.0.0.1:${ports[name]}/graphql`);
  });

  it('answers on GATEWAY_PORT, calling Tianjin at TIANJIN_URL', async () => {
    const answer = await data<{ tianjin: { parks: Array<{ key: string }> } }>(`http://127.0.0.1:${ports.gateway}/graphql`, '{ tianjin { parks { key } } }');
    expect(answer.tianjin.parks.length).toBeGreaterThan(0);
    const listening = output.split('\n').find((line) => line.includes('"gateway listening"'));
    expect(JSON.parse(listening!).subgraphs.tianjin).toBe(`http://localhost:${ports.tianjin}/graphql`);
  });

  it('stops everything on SIGTERM with exit code 0', async () => {
    expect(await stopChild(start)).toBe(0);
    await expect(fetch(`http://127.0.0.1:${ports.gateway}/health`)).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${ports.tianjin}/health`)).rejects.toThrow();
  });
});
