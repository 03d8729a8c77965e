/**
 * Issue 23, sign-in for development: the system started the README's way (`node dist/scripts/start.js`,
 * development mode) keeps a signing key in its data folder; `node dist/cli/main.js token --role editor
 * --region zhejiang` prints a token that its gateway accepts for a write (the provincial editor
 * records an assessment), and that a production-mode gateway over the same subgraphs refuses.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePorts, ROOT, type ProcessName } from '../../../scripts/system';
import { startProductionGateway } from '../../support/production-gateway';
import { data, graphql } from '../../support/system';
import { bearer } from '../../support/tokens';
import type { RunningGateway } from '../../../gateway/src/server';

const run = promisify(execFile);
const ASSESS = 'mutation($input: ZhejiangRecordAssessmentInput!) { zhejiangRecordAssessment(input: $input) { replayed assessment { key assessmentYear } } }';

describe('a development token from `coopgraph token`', () => {
  let dataDir: string;
  let start: ChildProcess;
  let output = '';
  let ports: Record<ProcessName, number>;
  let env: NodeJS.ProcessEnv;
  let gatewayUrl: string;
  let production: RunningGateway | undefined;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-sign-in-'));
    ports = await freePorts();
    // No secret of any kind configured: what a newcomer's `npm start` has.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^COOPGRAPH_|_DATABASE_URL$|^GATEWAY_|_PORT$|_URL$/.test(name)));
    env = { ...inherited, COOPGRAPH_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [`${name.toUpperCase()}_PORT`, String(port)])) };
    gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
    start = spawn(process.execPath, [path.join(ROOT, 'dist/scripts/start.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    start.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    start.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes('Ctrl-C stops everything')) {
          clearInterval(timer);
          resolve();
        } else if (start.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`start.js exited with ${start.exitCode}:\n${output}`));
        }
      }, 100);
    });
  }, 240_000);

  afterAll(async () => {
    await production?.close();
    if (start && start.exitCode === null) {
      const exited = new Promise((resolve) => start.once('exit', resolve));
      start.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('is signed with the key `npm start` keeps in the data folder, and the start banner says how', () => {
    const keyFile = path.join(dataDir, 'development-token.key');
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(output).toContain('npx coopgraph token --role analyst');
  });

  it('lets a Zhejiang editor write through the development gateway, and a production gateway refuses it', async () => {
    const { stdout } = await run(process.execPath, [path.join(ROOT, 'dist/cli/main.js'), 'token', '--role', 'editor', '--region', 'zhejiang'], { cwd: ROOT, env });
    const token = stdout.trim();
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

    const { zhejiang } = await data<{ zhejiang: { pairingProgramme: { key: string; startYear: number; endYear: number }; assessments: Array<{ assessmentYear: number }> } }>(
      gatewayUrl,
      '{ zhejiang { pairingProgramme { key startYear endYear } assessments { assessmentYear } } }',
    );
    const taken = new Set(zhejiang.assessments.map((a) => a.assessmentYear));
    const year = Array.from({ length: zhejiang.pairingProgramme.endYear - zhejiang.pairingProgramme.startYear + 1 }, (_, i) => zhejiang.pairingProgramme.startYear + i).find((y) => !taken.has(y))!;
    const input = {
      idempotencyKey: 'sign-in-assessment-0001',
      programmeKey: zhejiang.pairingProgramme.key,
      assessmentYear: year,
      finding: '结对工作稳步推进',
      resultsReceived: `${year + 1}-03-01`,
      countyResults: [{ countyKey: 'tongxiang', score: 90, grade: '优秀' }],
    };

    // Without the token the write is refused; with it, made.
    expect((await graphql(gatewayUrl, ASSESS, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const written = await data<{ zhejiangRecordAssessment: { replayed: boolean; assessment: { assessmentYear: number } } }>(gatewayUrl, ASSESS, { input }, bearer(token));
    expect(written.zhejiangRecordAssessment).toMatchObject({ replayed: false, assessment: { assessmentYear: year } });

    // The same token, the same data folder, a production gateway over the same subgraphs: refused.
    const subgraphUrls = Object.fromEntries(Object.entries(ports).filter(([name]) => name !== 'gateway').map(([name, port]) => [name, `http://127.0.0.1:${port}/graphql`]));
    production = await startProductionGateway(subgraphUrls, { COOPGRAPH_DATA_DIR: dataDir });
    const refused = await graphql(production.url, ASSESS, { input: { ...input, idempotencyKey: 'sign-in-assessment-0002' } }, bearer(token));
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.data ?? null).toBeNull();
  });

  it('is not printed without the key, nor for a production configuration', async () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-no-key-'));
    try {
      const cli = (extra: NodeJS.ProcessEnv) => run(process.execPath, [path.join(ROOT, 'dist/cli/main.js'), 'token', '--role', 'analyst'], { cwd: ROOT, env: { ...env, ...extra } });
      await expect(cli({ COOPGRAPH_DATA_DIR: elsewhere })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('no development key') });
      await expect(cli({ COOPGRAPH_MODE: 'production', COOPGRAPH_JWKS_URL: 'https://id.example.cn/jwks.json' })).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('development tokens are for development mode'),
      });
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
