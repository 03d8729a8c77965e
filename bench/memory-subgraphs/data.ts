/**
 * The data the in-memory subgraphs answer from, read once from the regions' databases (the same
 * generated data the real subgraphs serve): every region's directory firms and chain links, and
 * the native records the W1 query reaches — Tianjin's cooperations, the Yangtze organisations,
 * Zhejiang's firms, projects and project parties.
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { RegionName } from '../../schema/contract/errors';
import { openDatabase } from '../../subgraphs/kit/orm';
import type { RegionDefinition } from '../../subgraphs/kit/region';
import { tianjin } from '../../subgraphs/tianjin/src/region';
import { yangtze } from '../../subgraphs/yangtze/src/region';
import { zhejiang } from '../../subgraphs/zhejiang/src/region';

export interface MemoryFirm {
  uscc: string;
  name: string;
  areaCode: string;
  regions: RegionName[];
  chains: Array<{ chainCode: string; linkCode: string; region: RegionName; localChainName: string }>;
}

export interface MemoryData {
  firms: Map<string, MemoryFirm>;
  /** Each chain's firms in merged-list order (name by code unit, then credit code). */
  byChain: Map<string, MemoryFirm[]>;
  tianjinCooperations: Map<string, Array<{ key: string; title: string; directoryStatus: string }>>;
  yangtzeOrganisations: Map<string, { key: string; name: string }>;
  zhejiangFirms: Map<string, ZhejiangFirm>;
  zhejiangProjectsOfFirm: Map<string, ZhejiangProject[]>;
  zhejiangFirmsOfProject: Map<string, ZhejiangFirm[]>;
}

export interface ZhejiangFirm {
  key: string;
  uscc: string;
  name: string;
  chainCode: string | null;
}

export interface ZhejiangProject {
  key: string;
  summary: string;
  stage: string;
}

type Rows = Array<Record<string, string | null>>;

const DEFINITIONS: Record<RegionName, RegionDefinition> = { tianjin, yangtze, zhejiang };
const REGIONS: RegionName[] = ['tianjin', 'yangtze', 'zhejiang'];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export async function loadMemoryData(urls: Record<RegionName, string>): Promise<MemoryData> {
  const data: MemoryData = {
    firms: new Map(),
    byChain: new Map(),
    tianjinCooperations: new Map(),
    yangtzeOrganisations: new Map(),
    zhejiangFirms: new Map(),
    zhejiangProjectsOfFirm: new Map(),
    zhejiangFirmsOfProject: new Map(),
  };
  for (const region of REGIONS) {
    const orm = await openDatabase(DEFINITIONS[region], urls[region], { seed: false });
    try {
      const knex = (orm.em.fork() as unknown as EntityManager).getKnex();
      for (const row of (await knex('dir_firm').select('uscc', 'name', 'area_code')) as Rows) {
        const known = data.firms.get(row.uscc!);
        if (known) known.regions.push(region);
        else data.firms.set(row.uscc!, { uscc: row.uscc!, name: row.name!, areaCode: row.area_code!, regions: [region], chains: [] });
      }
      for (const row of (await knex('dir_firm_chain').select('uscc', 'chain_code', 'link_code', 'local_chain_name')) as Rows) {
        data.firms.get(row.uscc!)?.chains.push({ chainCode: row.chain_code!, linkCode: row.link_code!, region, localChainName: row.local_chain_name! });
      }
      if (region === 'tianjin') {
        for (const row of (await knex('cooperation').select('key', 'title', 'directory_status', 'first_party_uscc', 'second_party_uscc')) as Rows) {
          const cooperation = { key: row.key!, title: row.title!, directoryStatus: row.directory_status! };
          for (const uscc of [row.first_party_uscc, row.second_party_uscc]) if (uscc) push(data.tianjinCooperations, uscc, cooperation);
        }
      }
      if (region === 'yangtze') {
        for (const row of (await knex('organisation').select('key', 'uscc', 'name')) as Rows) data.yangtzeOrganisations.set(row.uscc!, { key: row.key!, name: row.name! });
      }
      if (region === 'zhejiang') {
        const byKey = new Map<string, ZhejiangFirm>();
        for (const row of (await knex('firm').select('key', 'uscc', 'name', 'chain_code')) as Rows) {
          const firm = { key: row.key!, uscc: row.uscc!, name: row.name!, chainCode: row.chain_code ?? null };
          byKey.set(firm.key, firm);
          data.zhejiangFirms.set(firm.uscc, firm);
        }
        const projects = new Map<string, ZhejiangProject>();
        for (const row of (await knex('project').select('key', 'summary', 'stage')) as Rows) projects.set(row.key!, { key: row.key!, summary: row.summary!, stage: row.stage! });
        for (const row of (await knex('project_firm').select('project_key', 'firm_key')) as Rows) {
          const firm = byKey.get(row.firm_key!);
          const project = projects.get(row.project_key!);
          if (!firm || !project) continue;
          push(data.zhejiangProjectsOfFirm, firm.uscc, project);
          push(data.zhejiangFirmsOfProject, project.key, firm);
        }
      }
    } finally {
      await orm.close(true);
    }
  }
  for (const firm of data.firms.values()) for (const code of new Set(firm.chains.map((c) => c.chainCode))) push(data.byChain, code, firm);
  for (const list of data.byChain.values()) list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0));
  return data;
}
