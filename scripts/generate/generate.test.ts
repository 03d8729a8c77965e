import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { describe, expect, it } from 'vitest';
import { isAreaCode } from '../../schema/contract/areas';
import type { RegionName } from '../../schema/contract/errors';
import { toSimplified } from '../../schema/contract/script';
import { isValidUscc, sampleUscc } from '../../schema/contract/uscc';
import { mergePage } from '../../subgraphs/crossregion/src/merge';
import { createScratchDatabase, type ScratchDatabase } from '../../subgraphs/kit/cli/scratch-database';
import type { Dialect } from '../../subgraphs/kit/database';
import { DirectoryQueries } from '../../subgraphs/kit/directory/query';
import { DirectoryOrderField, SortDirection, type DirectoryFirmRow } from '../../subgraphs/kit/directory/types';
import { openDatabase } from '../../subgraphs/kit/orm';
import { tianjin } from '../../subgraphs/tianjin/src/region';
import { yangtze } from '../../subgraphs/yangtze/src/region';
import { zhejiang } from '../../subgraphs/zhejiang/src/region';
import { generate } from './main';
import { parseGenerateOptions } from './options';
import { FirmRecords, generatedSource } from './records';
import type { GenerationContext, RegionRows, Row } from './region-rows';
import { tianjinRows } from './regions/tianjin';
import { yangtzeRows } from './regions/yangtze';
import { zhejiangRows } from './regions/zhejiang';
import { TERRITORY } from './territory';
import { Universe, type UniverseOptions } from './universe';

const SMALL: UniverseOptions = { seed: 42, firms: 400, projects: 240, sharedShare: 0.3 };

/** Every row a region's builders produce for the universe, by table, in order. */
function regionRows(universe: Universe, rows: RegionRows): Array<[string, Row]> {
  const out: Array<[string, Row]> = [];
  const members = universe.firmsOf(rows.region);
  const ctx: GenerationContext = {
    universe,
    seed: universe.options.seed,
    source: generatedSource(universe.options.seed),
    records: new FirmRecords(universe, rows.region),
    cooperationCount: () => 0,
    sink: { add: (entity: EntityName<object>, row: Row) => out.push([typeof entity === 'string' ? entity : (entity as { name: string }).name, row]) },
  };
  for (const i of members) rows.firm(ctx, i);
  for (let j = 0; j < universe.options.projects; j++) {
    const p = universe.project(j, (r) => universe.firmsOf(r));
    if (p?.region === rows.region) rows.project(ctx, p);
  }
  return out;
}

const ALL_ROWS = (): RegionRows[] => [tianjinRows, yangtzeRows(true), zhejiangRows()];

describe('the generated universe', () => {
  it('is the same for the same seed, row for row, and different for another seed', { timeout: 30_000 }, () => {
    const a = new Universe(SMALL);
    const b = new Universe(SMALL);
    const other = new Universe({ ...SMALL, seed: 43 });
    for (const [i, rows] of ALL_ROWS().entries()) {
      const first = regionRows(a, rows);
      expect(first.length).toBeGreaterThan(SMALL.firms / 10);
      expect(regionRows(b, ALL_ROWS()[i]!)).toEqual(first);
      expect(regionRows(other, ALL_ROWS()[i]!)).not.toEqual(first);
    }
  });

  it('gives a firm the same record whichever other firms or regions a run generates', () => {
    const small = new Universe(SMALL);
    const large = new Universe({ ...SMALL, firms: 4000 });
    for (const i of [0, 17, 399]) expect(large.firm(i)).toEqual(small.firm(i));
  });

  it('names every firm differently, with a valid credit code and a county of its home territory', () => {
    const universe = new Universe({ ...SMALL, firms: 10_000, projects: 0 });
    const names = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const firm = universe.firm(i);
      names.add(`${firm.name}@${firm.areaCode}`);
      expect(isAreaCode(firm.areaCode)).toBe(true);
      expect(TERRITORY[firm.home]).toContain(firm.areaCode.slice(0, 2));
      expect(universe.uscc(i)).toBe(sampleUscc(firm.name, firm.areaCode));
      expect(isValidUscc(universe.uscc(i))).toBe(true);
    }
    expect(names.size).toBe(10_000);
  }, 30_000);

  it('writes Tianjin names in Traditional script that fold back to the Simplified name (hence the same code)', () => {
    const universe = new Universe(SMALL);
    const records = new FirmRecords(universe, 'tianjin');
    const members = [...universe.firmsOf('tianjin')];
    const traditional = members.filter((i) => records.get(i).originalName !== universe.firm(i).name);
    expect(traditional.length).toBeGreaterThan(members.length * 0.8);
    for (const i of members) expect(toSimplified(records.get(i).originalName)).toBe(universe.firm(i).name);
  });

  it('has projects whose parties the region records, and amounts stated in 万元 or 亿元 with yuan', () => {
    const universe = new Universe(SMALL);
    const rows = regionRows(universe, zhejiangRows()).filter(([table]) => table === 'DirectoryProject').map(([, row]) => row);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows.filter((r) => r.amountStated)) {
      const [, value, unit] = /^([\d.]+)(万元|亿元)$/.exec(String(row.amountStated))!;
      expect(row.amountYuan).toBe(Math.round(Number(value) * (unit === '亿元' ? 1e8 : 1e4)));
    }
    for (let j = 0; j < SMALL.projects; j++) {
      const p = universe.project(j, (r) => universe.firmsOf(r));
      for (const i of p?.parties ?? []) expect(universe.isIn(i, p!.region)).toBe(true);
    }
  });
});

describe('parseGenerateOptions', () => {
  it('reads the options and refuses bad ones with every problem named', () => {
    expect(parseGenerateOptions(['--firms', '1000', '--seed=3', '--regions', 'zhejiang,tianjin']).options).toMatchObject({ firms: 1000, seed: 3, projects: 600, regions: ['tianjin', 'zhejiang'] });
    const bad = parseGenerateOptions(['--firms', '2000000', '--regions', 'beijing', '--colour', 'red']);
    expect(bad.errors).toEqual(expect.arrayContaining([expect.stringMatching(/--firms/), expect.stringMatching(/--regions/), expect.stringMatching(/unknown option --colour/)]));
  });
});

const DEFINITIONS = { tianjin, yangtze, zhejiang };

async function withRegionDatabases<T>(dialect: Dialect, run: (urls: Record<RegionName, string>) => Promise<T>): Promise<T> {
  const scratch: Record<string, ScratchDatabase> = {};
  try {
    for (const region of ['tianjin', 'yangtze', 'zhejiang'] as const) scratch[region] = await createScratchDatabase(dialect, `gen_${region}`);
    return await run(Object.fromEntries(Object.entries(scratch).map(([r, s]) => [r, s.url])) as Record<RegionName, string>);
  } finally {
    for (const s of Object.values(scratch)) await s.drop();
  }
}

/** Loads a merged page of every firm in Zhejiang the way the cross-region layer does: per region, then a k-way merge. */
async function mergedZhejiangFirms(urls: Record<RegionName, string>) {
  const streams: Array<{ region: RegionName; rows: DirectoryFirmRow[] }> = [];
  for (const region of ['tianjin', 'yangtze', 'zhejiang'] as const) {
    const orm = await openDatabase(DEFINITIONS[region], urls[region], { seed: false });
    try {
      const queries = new DirectoryQueries(orm.em.fork() as unknown as EntityManager, region);
      const page = await queries.firms({ areaCode: '330000' }, { field: DirectoryOrderField.NAME, direction: SortDirection.ASC }, 1000);
      streams.push({ region, rows: page.rows });
    } finally {
      await orm.close(true);
    }
  }
  return { streams, merged: mergePage(streams, { first: 1000, direction: 'ASC', idOf: (r) => r.uscc, dedupe: true }) };
}

describe('generating into region databases', () => {
  it('loads SQLite files; firms shared across regions share a code and the merged list holds them once', async () => {
    await withRegionDatabases('sqlite', async (urls) => {
      const env = Object.fromEntries(Object.entries(urls).map(([r, url]) => [`${r.toUpperCase()}_DATABASE_URL`, url]));
      const options = { firms: 300, seed: 5, projects: 150, regions: ['tianjin', 'yangtze', 'zhejiang'] as RegionName[], sharedShare: 0.4, chunkRows: 500 };
      const lines: string[] = [];
      const reports = await generate(options, env, (line) => lines.push(line));
      expect(lines.some((l) => /rows\/s/.test(l))).toBe(true);
      for (const report of reports) expect(report.firms).toBeGreaterThan(0);

      const { streams, merged } = await mergedZhejiangFirms(urls);
      const records = streams.flatMap((s) => s.rows.filter((r) => r.source === generatedSource(5)));
      const distinct = new Set(records.map((r) => r.uscc));
      expect(records.length).toBeGreaterThan(distinct.size); // some firm is recorded by more than one region
      const generated = merged.items.filter((item) => item.rows[0]!.row.source === generatedSource(5));
      expect(generated).toHaveLength(distinct.size);
      const shared = generated.filter((item) => item.rows.length > 1);
      expect(shared.length).toBeGreaterThan(0);
      for (const item of shared) expect(new Set(item.rows.map((r) => r.row.name)).size).toBe(1);

      // Running again with the same seed replaces, rather than adds to, what the first run wrote.
      const again = await generate(options, env, () => {});
      expect(again.map((r) => r.rows)).toEqual(reports.map((r) => r.rows));
      expect((await mergedZhejiangFirms(urls)).merged.items).toHaveLength(merged.items.length);
    });
  }, 120_000);

  it.each<Dialect>(['postgresql', 'mysql'])('loads %s databases as it loads SQLite', async (dialect) => {
    await withRegionDatabases(dialect, async (urls) => {
      const env = Object.fromEntries(Object.entries(urls).map(([r, url]) => [`${r.toUpperCase()}_DATABASE_URL`, url]));
      const reports = await generate({ firms: 120, seed: 9, projects: 60, regions: ['tianjin', 'yangtze', 'zhejiang'], sharedShare: 0.4, chunkRows: 500 }, env, () => {});
      for (const report of reports) expect(report.rows).toBeGreaterThan(report.firms);
      const { merged } = await mergedZhejiangFirms(urls);
      expect(merged.items.some((item) => item.rows.length > 1 && item.rows[0]!.row.source === generatedSource(9))).toBe(true);
    });
  }, 180_000);
});
