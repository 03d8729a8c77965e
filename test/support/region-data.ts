/**
 * Region databases for the export scenarios, made before the system starts: a scratch database
 * per region (SQLite, or the region's server with COOPGRAPH_E2E_BACKENDS=servers), migrated and
 * seeded as a region does it, then given the rows a scenario needs
 * through MikroORM — cooperation demands a zone posted, firms that several regions record, or a
 * large generated directory.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { MikroORM } from '@mikro-orm/core';
import { createScratchDatabase, type ScratchDatabase } from '../../subgraphs/kit/cli/scratch-database';
import { DirectoryFirm, DirectoryFirmChain } from '../../subgraphs/kit/directory/entities';
import { projectFirm } from '../../subgraphs/kit/directory/projection';
import { openDatabase } from '../../subgraphs/kit/orm';
import type { RegionDefinition } from '../../subgraphs/kit/region';
import { tianjin } from '../../subgraphs/tianjin/src/region';
import { PlatformPost } from '../../subgraphs/yangtze/src/entities/platform';
import { yangtze } from '../../subgraphs/yangtze/src/region';
import { zhejiang } from '../../subgraphs/zhejiang/src/region';
import { findChain } from '../../schema/contract/chains';
import { SERVER_TOPOLOGY } from '../../scripts/topology';
import { e2eBackends } from './system';
import type { RegionName } from '../../schema/contract/errors';

const REGION_DEFINITIONS: Record<RegionName, RegionDefinition> = { tianjin, yangtze, zhejiang };

export interface RegionDatabase {
  region: RegionName;
  url: string;
  /** Runs work on a fresh EntityManager of the migrated, seeded database, then closes it. */
  change<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  drop(): Promise<void>;
}

/** A scratch database of the dialect the suite runs on: SQLite, or the region's server in the production topology. */
export async function regionDatabase(region: RegionName): Promise<RegionDatabase> {
  const dialect = e2eBackends() === 'servers' ? SERVER_TOPOLOGY[region] : 'sqlite';
  const scratch: ScratchDatabase = await createScratchDatabase(dialect, `report_${region}`);
  const definition = REGION_DEFINITIONS[region];
  const orm: MikroORM = await openDatabase(definition, scratch.url, { seed: true });
  await orm.close();
  return {
    region,
    url: scratch.url,
    async change(work) {
      const opened = await openDatabase(definition, scratch.url, { seed: false });
      try {
        return await work(opened.em.fork() as unknown as EntityManager);
      } finally {
        await opened.close();
      }
    },
    drop: () => scratch.drop(),
  };
}

/** The `<REGION>_DATABASE_URL` variables that make a system use these databases. */
export function databaseEnv(databases: RegionDatabase[]): Record<string, string> {
  return Object.fromEntries(databases.map((d) => [`${d.region.toUpperCase()}_DATABASE_URL`, d.url]));
}

export interface Demand {
  key: string;
  zoneKey: string;
  title: string;
  chainCode: string | null;
  status: 'OPEN' | 'CLOSED';
  kind?: 'DEMAND' | 'POLICY';
}

/** Posts on the zones' platform channels (the sample reports name none). */
export async function postDemands(yangtze: RegionDatabase, demands: Demand[]): Promise<void> {
  await yangtze.change(async (em) => {
    for (const d of demands) {
      await em.insert(PlatformPost, {
        key: d.key,
        channelKey: `${d.zoneKey}-channel`,
        kind: d.kind ?? 'DEMAND',
        title: d.title,
        body: null,
        chainCode: d.chainCode,
        status: d.status,
        posted: { text: '2025年3月', year: 2025, month: 3 },
        provenance: { source: `zone:${d.zoneKey}`, evidence: null },
      } as never);
    }
  });
}

/**
 * Makes firms one region records known to another as well: the same credit code and name in the
 * other region's directory, with the chains that region places them in.
 */
export async function recordFirmsIn(from: RegionDatabase, to: RegionDatabase, firmNames: string[], chainCode: string): Promise<string[]> {
  const firms = await from.change((em) => em.find(DirectoryFirm, { name: { $in: firmNames } }));
  if (firms.length !== firmNames.length) throw new Error(`expected ${firmNames.join(', ')} in ${from.region}, found ${firms.map((f) => f.name).join(', ')}`);
  await to.change(async (em) => {
    for (const firm of firms) {
      // The other region writes the name in Simplified script, whatever the first one wrote.
      const { uscc, name, shortName, nameKey, pinyinKey, searchText, areaCode, parentUscc, sampleCode, kind, cooperationCount } = firm;
      await em.insert(DirectoryFirm, { uscc, name, originalName: name, shortName, nameKey, pinyinKey, searchText, areaCode, parentUscc, sampleCode, kind, cooperationCount, nativeKey: `from-${from.region}`, source: 'report-e2e' });
      await em.insert(DirectoryFirmChain, { id: `${uscc}:${chainCode}:`, uscc, chainCode, linkCode: '', localChainName: findChain(chainCode)!.nameZh, localLinkName: null, source: 'report-e2e' });
    }
  });
  return firms.map((f) => f.uscc);
}

/** `count` generated firms in the region's directory, inserted in batches. */
export async function generateFirms(database: RegionDatabase, from: number, count: number): Promise<void> {
  await database.change(async (em) => {
    const batch = 2000;
    for (let start = from; start < from + count; start += batch) {
      const firms: DirectoryFirm[] = [];
      for (let i = start; i < Math.min(from + count, start + batch); i++) {
        const { firm } = projectFirm({ nativeKey: `generated-${i}`, originalName: `测试合成企业${String(i).padStart(7, '0')}有限公司`, areaCode: '120116', kind: 'ENTERPRISE', source: 'generated', chains: [] });
        firms.push(firm);
      }
      await em.insertMany(DirectoryFirm, firms);
    }
  });
}
