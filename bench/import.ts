/**
 * `npm run bench:import [-- --sizes 10000,100000 --backends sqlite,postgresql]`: how fast the importer
 * loads a firm registry, beside the limit — the generator's raw bulk insert of the same firms into
 * the same database in the same run (scripts/generate: multi-row INSERTs, no checks, no unit of
 * work). For each backend and size: the generator fills an empty Tianjin database with about N firms
 * and is timed; those very firms are written to a CSV and removed again; then the whole system is
 * started on that database and `coopgraph import` (its own process, through the gateway, with a
 * district editor's token for all of Tianjin) imports the CSV. Printed: firms/s of both, their
 * ratio, and the importer's peak resident set (its own VmHWM), which should not grow with N.
 * A benchmark prints figures; it asserts nothing.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { createScratchDatabase, type ScratchDatabase } from '../subgraphs/kit/cli/scratch-database';
import { openDatabase } from '../subgraphs/kit/orm';
import type { EntityManager } from '@mikro-orm/knex';
import { tianjin } from '../subgraphs/tianjin/src/region';
import { generateRegion, removeGenerated } from '../scripts/generate/generate-region';
import { GENERATED_SOURCE_PREFIX } from '../scripts/generate/records';
import { tianjinRows } from '../scripts/generate/regions/tianjin';
import { Universe } from '../scripts/generate/universe';
import { freePorts, ROOT, startSystem } from '../scripts/system';

/** About a quarter of the generated universe's firms are Tianjin's (territory.ts). */
const TIANJIN_SHARE = 0.2537;
const ISSUER = 'coopgraph';
const AUDIENCE = 'coopgraph-api';

type Backend = 'sqlite' | 'postgresql';

interface Figures {
  backend: Backend;
  firms: number;
  generatorSeconds: number;
  importSeconds: number;
  importedRows: number;
  peakRssBytes: number;
  exit: number | null;
}

const log = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en');

/** The generated firms as a registry CSV: credit code, name as Tianjin writes it, area, chains. */
async function writeRegistry(em: EntityManager, file: string): Promise<number> {
  const knex = em.getKnex();
  const firms = (await knex('dir_firm').select('uscc', 'original_name', 'area_code').where('source', 'like', `${GENERATED_SOURCE_PREFIX}%`).orderBy('uscc')) as Array<{ uscc: string; original_name: string; area_code: string }>;
  const chains = (await knex('dir_firm_chain').distinct('uscc', 'chain_code').where('source', 'like', `${GENERATED_SOURCE_PREFIX}%`)) as Array<{ uscc: string; chain_code: string }>;
  const byFirm = new Map<string, string[]>();
  for (const c of chains) (byFirm.get(c.uscc) ?? byFirm.set(c.uscc, []).get(c.uscc)!).push(c.chain_code);
  const out = fs.createWriteStream(file);
  out.write('\uFEFF统一社会信用代码 — Credit code,企业名称 — Name,所在地 — Area,产业链 — Chains\r\n');
  for (const f of firms) out.write(`${f.uscc},${f.original_name},${f.area_code},${(byFirm.get(f.uscc) ?? []).sort().join('、')}\r\n`);
  await new Promise((resolve) => out.end(resolve));
  return firms.length;
}

async function one(backend: Backend, size: number, dir: string): Promise<Figures> {
  let scratch: ScratchDatabase | null = null;
  const url = backend === 'sqlite' ? `sqlite:${path.join(dir, `tianjin-${size}.sqlite`)}` : (scratch = await createScratchDatabase('postgresql', 'bench_import')).url;
  try {
    // The limit: the generator's bulk insert of about `size` Tianjin firms, no projects.
    const universe = new Universe({ seed: 23, firms: Math.ceil(size / TIANJIN_SHARE), projects: 0, sharedShare: 0 });
    const generated = await generateRegion(universe, 'tianjin', url, { chunkRows: 20_000, log: () => {} });
    const csv = path.join(dir, `registry-${backend}-${size}.csv`);
    const orm = await openDatabase(tianjin, url, { seed: false });
    let firms: number;
    try {
      const em = orm.em.fork() as unknown as EntityManager;
      firms = await writeRegistry(em, csv);
      await removeGenerated(em, tianjinRows);
    } finally {
      await orm.close(true);
    }
    log(`${backend} ${size.toLocaleString('en')}: generator bulk insert ${firms.toLocaleString('en')} firms (${generated.rows.toLocaleString('en')} rows with their directory rows) in ${generated.seconds.toFixed(1)} s = ${rate(firms, generated.seconds)} firms/s`);

    // The importer: the whole system on that database, the real CLI as its own process.
    const secret = randomBytes(32).toString('hex');
    const dataDir = fs.mkdtempSync(path.join(dir, 'system-'));
    const system = await startSystem({
      dataDir,
      ports: await freePorts(),
      // A batch may take longer than a query on a loaded machine: the gateway waits for it rather than retrying it.
      env: { LOG_LEVEL: 'warn', TIANJIN_DATABASE_URL: url, TIANJIN_SUBGRAPH_TIMEOUT_MS: '120000', COOPGRAPH_JWT_SECRET: secret, COOPGRAPH_JWT_ISSUER: ISSUER, COOPGRAPH_JWT_AUDIENCE: AUDIENCE },
      output: 'collect',
    });
    try {
      const token = await new SignJWT({ role: 'editor', region: 'tianjin', scope: 'county:120000' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('bench-import')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('6h')
        .sign(new TextEncoder().encode(secret));
      const args = [path.join(ROOT, 'dist/cli/main.js'), 'import', csv, '--region', 'tianjin', '--kind', 'firms', '--gateway', system.gatewayUrl, '--token', token, '--progress', 'log'];
      const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.resume();
      const exit = await new Promise<number | null>((resolve) => child.once('close', resolve));
      const finished = stderr
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, number | string>)
        .find((l) => l.msg === 'import finished');
      if (!finished) throw new Error(`the import did not finish (exit ${exit}): ${stderr.slice(-2000)}`);
      const imported = Number(finished.created) + Number(finished.updated) + Number(finished.unchanged);
      const figures: Figures = { backend, firms, generatorSeconds: generated.seconds, importSeconds: Number(finished.seconds), importedRows: imported, peakRssBytes: Number(finished.maxRssBytes), exit };
      log(
        `${backend} ${size.toLocaleString('en')}: import ${imported.toLocaleString('en')} firms (exit ${exit}, ${finished.rejectedRows} rejected) in ${figures.importSeconds.toFixed(1)} s = ${rate(imported, figures.importSeconds)} firms/s, ` +
          `${Math.round((100 * imported) / figures.importSeconds / (firms / generated.seconds))} % of the generator, importer peak RSS ${mb(figures.peakRssBytes)}`,
      );
      return figures;
    } finally {
      await system.stopAll();
    }
  } finally {
    await scratch?.drop();
  }
}

async function main(): Promise<void> {
  const arg = (name: string, fallback: string) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1]! : fallback;
  };
  const sizes = arg('sizes', '10000,100000').split(',').map(Number);
  const backends = arg('backends', 'sqlite,postgresql').split(',') as Backend[];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-bench-import-'));
  log(`bench:import — ${new Date().toISOString()} · node ${process.version} · ${os.cpus().length} CPUs · load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const all: Figures[] = [];
  try {
    for (const backend of backends) for (const size of sizes) all.push(await one(backend, size, dir));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  log('');
  log('| backend | firms | generator firms/s (limit) | import firms/s | import / limit | importer peak RSS |');
  log('|---|---:|---:|---:|---:|---:|');
  for (const f of all) {
    const limit = f.firms / f.generatorSeconds;
    const imported = f.importedRows / f.importSeconds;
    log(`| ${f.backend} | ${f.firms.toLocaleString('en')} | ${Math.round(limit).toLocaleString('en')} | ${Math.round(imported).toLocaleString('en')} | ${Math.round((100 * imported) / limit)} % | ${mb(f.peakRssBytes)} |`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
