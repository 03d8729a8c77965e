/**
 * Issue 26: the supergraph reloads while the gateway runs — when its file changes, or on SIGHUP
 * (a Kubernetes ConfigMap swaps a symlink the directory watch cannot see) — without failing a
 * request in flight, and a supergraph that does not load keeps the previous one and says why. The
 * gateway runs as its own process, as deployed, under a steady load of queries throughout.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../../support/gateway-process';
import { graphql } from '../../support/system';

const ROOT = path.resolve(__dirname, '../../..');
const subgraphUrls = inject('subgraphUrls');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Our supergraph composed from the checked-in subgraph SDL, leaving some subgraphs out. */
function supergraphWithout(left: string[]): string {
  const names = ['crossregion', 'tianjin', 'yangtze', 'zhejiang'].filter((n) => !left.includes(n));
  const result = composeServices(names.map((name) => ({
    name,
    url: subgraphUrls[name]!,
    typeDefs: parse(fs.readFileSync(path.join(ROOT, 'schema/subgraphs', `${name}.graphql`), 'utf8')),
  })));
  if (!result.supergraphSdl) throw new Error(result.errors?.map((e) => e.message).join('; '));
  return result.supergraphSdl;
}

/** Writes a file the way a deploy does: a new file renamed over the old one. */
function deploy(file: string, content: string) {
  fs.writeFileSync(`${file}.new`, content);
  fs.renameSync(`${file}.new`, file);
}

const YANGTZE = '{ yangtze { zones(foundersOnly: true) { name } } }';
const LOAD = ['{ firms(first: 5) { totalCount nodes { uscc name regions } } }', '{ tianjin { alliances { name } } }', '{ zhejiang { pairings { key } } }'];

describe('supergraph reload under load', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-reload-'));
  const file = path.join(dir, 'supergraph.graphql');
  let gateway: GatewayProcess;
  let url: string;
  const log = () => gateway.stdout() + gateway.stderr();
  const answers: Array<{ query: string; ok: boolean; detail: string }> = [];
  let loading = true;
  let load: Promise<void>;

  beforeAll(async () => {
    deploy(file, supergraphWithout(['yangtze']));
    gateway = await startGatewayProcess(subgraphUrls, { NODE_ENV: 'production', SUPERGRAPH_PATH: file, RESPONSE_CACHE: 'false', LOG_LEVEL: 'info' });
    url = gateway.url;
    // Four callers asking without pause for as long as the test runs.
    load = Promise.all([0, 1, 2, 3].map(async (caller) => {
      for (let i = caller; loading; i++) {
        const query = LOAD[i % LOAD.length]!;
        try {
          const answer = await graphql(url, query);
          answers.push({ query, ok: answer.status === 200 && !answer.errors, detail: `${answer.status} ${JSON.stringify(answer.errors ?? '')}` });
        } catch (error) {
          answers.push({ query, ok: false, detail: String(error) });
        }
      }
    })).then(() => undefined);
  }, 60_000);

  afterAll(async () => {
    loading = false;
    await load;
    await gateway?.stop('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function until(check: () => Promise<boolean>, what: string) {
    for (let i = 0; i < 75; i++) {
      if (await check()) return;
      await pause(200);
    }
    throw new Error(`${what} did not happen within 15 s; log:\n${log()}`);
  }
  const yangtzeAnswers = async () => !(await graphql(url, YANGTZE)).errors;

  it('loads a new subgraph when the file is replaced, with no failed request', async () => {
    const before = await graphql(url, YANGTZE);
    expect(before.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const served = answers.length;
    deploy(file, supergraphWithout([]));
    await until(yangtzeAnswers, 'the reload');
    expect(log()).toMatch(/"msg":"supergraph reloaded","why":"file changed"/);
    await pause(500);
    expect(answers.length).toBeGreaterThan(served);
    expect(answers.filter((a) => !a.ok)).toEqual([]);
  });

  it('keeps the previous supergraph when the new one does not load, and says why', async () => {
    deploy(file, 'schema @link(url: "https://specs.apollo.dev/link/v1.0") { query: Query }\ntype Query { broken: Nowhere }\n');
    await until(async () => log().includes('supergraph reload refused'), 'the refusal');
    expect(log()).toMatch(/"msg":"supergraph reload refused; the previous supergraph stays","why":"file changed".*"reason":"[^"]+/);
    expect(await yangtzeAnswers()).toBe(true);
    expect(answers.filter((a) => !a.ok)).toEqual([]);
  });

  it('reloads on SIGHUP what a symlink swap changed behind the watched name', async () => {
    // ConfigMap style: the watched name is a symlink whose target changes in another directory.
    const data = fs.mkdtempSync(path.join(dir, 'data-'));
    fs.writeFileSync(path.join(data, 'supergraph.graphql'), supergraphWithout([]));
    fs.rmSync(file);
    fs.symlinkSync(path.join(data, 'supergraph.graphql'), file);
    await until(yangtzeAnswers, 'the symlinked supergraph');
    fs.writeFileSync(path.join(data, 'supergraph.graphql'), supergraphWithout(['yangtze']));
    await pause(1000);
    expect(await yangtzeAnswers()).toBe(true);
    process.kill(gateway.pid, 'SIGHUP');
    await until(async () => !(await yangtzeAnswers()), 'the reload on SIGHUP');
    expect(log()).toMatch(/"msg":"supergraph reloaded","why":"SIGHUP"/);
    expect(() => process.kill(gateway.pid, 0)).not.toThrow();
    expect(answers.filter((a) => !a.ok)).toEqual([]);
    expect(answers.length).toBeGreaterThan(50);
  });
});
