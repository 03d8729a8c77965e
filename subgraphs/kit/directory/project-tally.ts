/**
 * Projects counted and summed by (chain, county, status), kept current on write: the project
 * aggregates read these few rows instead of grouping every project (query.ts aggregate). A group is
 * recounted from its projects whenever a write touches it, so a tally row is always what a GROUP BY
 * of the moment would say.
 */
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import { AggregateDimension, type DirectoryAggregateRow, type DirectoryFilter } from './types';

@Entity({ tableName: 'dir_project_tally' })
export class DirectoryProjectTally {
  /** `<chain>|<area>|<status>`. */
  @PrimaryKey({ type: 'string', length: 80 }) id!: string;
  /** '' for projects in no chain. */
  @Property({ type: 'string', length: 40 }) chainCode!: string;
  @Property({ type: 'string', length: 6 }) areaCode!: string;
  @Property({ type: 'string', length: 20 }) status!: string;
  @Property({ type: 'integer' }) projects!: number;
  /** Σ amountYuan of the group's projects (those without an amount add nothing). */
  @Property({ type: 'double' }) amountYuan!: number;
}

export interface TallyGroup {
  chainCode: string | null;
  areaCode: string;
  status: string;
}

type Row = Record<string, unknown>;
const idOf = (g: TallyGroup) => `${g.chainCode ?? ''}|${g.areaCode}|${g.status}`;

function tallyRow(r: Row) {
  const group = { chainCode: (r.chain_code as string | null) ?? null, areaCode: String(r.area_code), status: String(r.status) };
  return { id: idOf(group), chain_code: group.chainCode ?? '', area_code: group.areaCode, status: group.status, projects: Number(r.n), amount_yuan: Number(r.amount) };
}

const GROUP_COLUMNS = ['chain_code', 'area_code', 'status'];

async function insertTally(knex: Knex, rows: Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 400) await knex('dir_project_tally').insert(rows.slice(i, i + 400));
}

/** Recounts some groups from their projects (a write's transaction, its rows flushed). */
export async function refreshProjectTally(knex: Knex, groups: readonly TallyGroup[]): Promise<void> {
  const distinct = new Map(groups.map((g) => [idOf(g), g]));
  for (const [id, g] of distinct) {
    const qb = knex('dir_project').select(...GROUP_COLUMNS).select(knex.raw('count(*) as n'), knex.raw('coalesce(sum(amount_yuan), 0) as amount')).where({ area_code: g.areaCode, status: g.status }).groupBy(GROUP_COLUMNS);
    if (g.chainCode == null) qb.whereNull('chain_code');
    else qb.where('chain_code', g.chainCode);
    const rows = (await qb) as Row[];
    await knex('dir_project_tally').where('id', id).delete();
    await insertTally(knex, rows.map(tallyRow));
  }
}

/** Counts every group afresh (after the seeders or a bulk load). */
export async function rebuildProjectTally(knex: Knex): Promise<void> {
  const rows = (await knex('dir_project').select(...GROUP_COLUMNS).select(knex.raw('count(*) as n'), knex.raw('coalesce(sum(amount_yuan), 0) as amount')).groupBy(GROUP_COLUMNS)) as Row[];
  await knex('dir_project_tally').delete();
  await insertTally(knex, rows.map(tallyRow));
}

/** The filters the tally can answer: none, or a chain. */
function tallied(filter: DirectoryFilter): boolean {
  return Object.entries(filter).every(([name, value]) => name === 'chainCode' || value == null || (Array.isArray(value) && !value.length));
}

/**
 * A project aggregate from the tally, the rows the GROUP BY over every project gives (query.ts
 * aggregate); null for a filter the tally cannot answer (area, keyword, dates, amounts, firms).
 */
export async function tallyAggregate(knex: Knex, filter: DirectoryFilter, groupBy: readonly AggregateDimension[]): Promise<DirectoryAggregateRow[] | null> {
  if (!tallied(filter)) return null;
  const areaLength = groupBy.includes(AggregateDimension.COUNTY) ? 6 : groupBy.includes(AggregateDimension.CITY) ? 4 : groupBy.includes(AggregateDimension.PROVINCE) ? 2 : 0;
  const byChain = groupBy.includes(AggregateDimension.CHAIN);
  const byStatus = groupBy.includes(AggregateDimension.STATUS);
  const qb = knex('dir_project_tally').select(knex.raw('sum(projects) as n'), knex.raw('sum(amount_yuan) as amount'));
  if (filter.chainCode) qb.where('chain_code', filter.chainCode);
  const groups: string[] = [];
  if (byChain) groups.push('chain_code');
  if (areaLength) {
    qb.select(knex.raw(`substr(area_code, 1, ${areaLength}) as area_prefix`));
    groups.push(knex.raw(`substr(area_code, 1, ${areaLength})`) as unknown as string);
  }
  if (byStatus) groups.push('status');
  qb.select(groups.filter((g) => typeof g === 'string'));
  if (groups.length) qb.groupBy(groups);
  const rows = (await qb) as Row[];
  return rows.map((r) => ({
    chainCode: byChain ? (r.chain_code ? String(r.chain_code) : null) : null,
    areaCode: areaLength ? String(r.area_prefix).padEnd(6, '0') : null,
    status: byStatus ? String(r.status) : null,
    count: Number(r.n ?? 0),
    amountYuan: Number(r.amount ?? 0),
  }));
}
