/**
 * `npm run generate`: deterministic data at scale. Builds the seeded universe of firms and
 * projects, then fills each chosen region's database (chosen as the region chooses it, by
 * <REGION>_DATABASE_URL) with its share, printing progress and rates.
 */
import { loadSubgraphConfig } from '../../subgraphs/kit/config';
import { generateRegion, type RegionReport } from './generate-region';
import { USAGE, parseGenerateOptions, type GenerateOptions } from './options';
import { Progress } from './progress';
import { REGIONS } from './territory';
import { Universe } from './universe';

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Generates the chosen regions' data; the reports say what each region received. */
export async function generate(options: GenerateOptions, env: NodeJS.ProcessEnv = process.env, write = log): Promise<RegionReport[]> {
  const urls = new Map<string, string>();
  for (const region of options.regions) {
    const loaded = loadSubgraphConfig(region, env);
    if (loaded.errors) throw new Error(loaded.errors.join('; '));
    urls.set(region, loaded.config.databaseUrl);
  }
  const started = process.hrtime.bigint();
  const universe = new Universe({ seed: options.seed, firms: options.firms, projects: options.projects, sharedShare: options.sharedShare });
  const shared = universe.presence.reduce((n, mask) => n + (mask & (mask - 1) ? 1 : 0), 0);
  write(
    `universe: ${options.firms.toLocaleString('en')} firms (${shared.toLocaleString('en')} recorded by more than one region), ` +
      `${options.projects.toLocaleString('en')} projects, seed ${options.seed} · ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s` +
      (universe.collisions.length ? ` · ${universe.collisions.length} firms left out (credit-code collision)` : ''),
  );
  const reports: RegionReport[] = [];
  for (const region of options.regions) {
    const url = urls.get(region)!;
    write(`${region}: ${url.replace(/\/\/[^@/]*@/, '//***@')}`);
    const report = await generateRegion(universe, region, url, { chunkRows: options.chunkRows, log: write });
    reports.push(report);
    const tables = Object.entries(report.byTable).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ');
    write(
      `${region}: ${report.firms.toLocaleString('en')} firms, ${report.projects.toLocaleString('en')} projects, ${report.rows.toLocaleString('en')} rows in ` +
        `${report.seconds.toFixed(1)} s (${Progress.rate(report.rows, report.seconds).toLocaleString('en')} rows/s) — ${tables}` +
        (report.skipped ? ` · ${report.skipped} firms left out (code already used in this region)` : ''),
    );
    for (const note of report.notes) write(`${region}: note: ${note}`);
  }
  return reports;
}

async function main() {
  if (process.argv.includes('--help')) {
    log(USAGE);
    return;
  }
  const parsed = parseGenerateOptions(process.argv.slice(2));
  if (parsed.errors) {
    process.stderr.write(`${parsed.errors.map((e) => `error: ${e}`).join('\n')}\n\n${USAGE}\n`);
    process.exit(2);
  }
  const started = process.hrtime.bigint();
  const reports = await generate(parsed.options);
  const rows = reports.reduce((s, r) => s + r.rows, 0);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  log(`done: ${rows.toLocaleString('en')} rows in ${reports.length}/${REGIONS.length} regions, ${seconds.toFixed(1)} s (${Progress.rate(rows, seconds).toLocaleString('en')} rows/s overall)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
