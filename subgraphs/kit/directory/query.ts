/**
 * The directory's SQL, the same on SQLite, PostgreSQL and MariaDB: filtered, keyset-paginated pages,
 * lookups by key, and GROUP BY aggregates computed in the region's own database.
 */
import type { EntityManager, Knex } from '@mikro-orm/knex';
import { areaPrefix } from '../../../schema/contract/areas';
import { areasNamed } from '../../../schema/contract/area-names';
import { searchForm } from '../../../schema/contract/script';
import { inChunks } from '../keys';
import { groupBy } from '../rows-by-key';
import { amountFromSortKey, amountSortKey, decodeCursor, encodeCursor } from './cursor';
import { firmSortColumn, projectSortColumn, type FirmSortColumn } from './order';
import { tallyAggregate } from './project-tally';
import { firmMatches, firmOverlap, type FirmOverlap, type SharedKey } from './overlap';
import { keywordGrams } from './search-index';
import {
  AggregateDimension,
  DirectoryAggregateRow,
  DirectoryFilter,
  DirectoryFirmRow,
  DirectoryOrder,
  DirectoryOrderField,
  DirectoryProjectRow,
  DirectoryScopeRow,
  SortDirection,
} from './types';

export const MAX_DIRECTORY_PAGE = 1000;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** knex's name of the dialect a builder speaks: 'sqlite3' (libsql too), 'postgresql' or 'mysql' (MariaDB too). */
function dialectOf(qb: Knex.QueryBuilder | Knex): string {
  return String((qb as unknown as { client: { dialect: unknown } }).client.dialect);
}

/** LIKE with backslash as the escape character: MariaDB's default, explicit elsewhere. */
export function whereLike(qb: Knex.QueryBuilder, column: string, text: string) {
  qb.whereRaw(dialectOf(qb) === 'mysql' ? `${column} like ?` : `${column} like ? escape '\\'`, [likePattern(searchForm(text))]);
}

function applyKeyset(qb: Knex.QueryBuilder, sortColumn: string, idColumn: string, order: DirectoryOrder, after: string | undefined | null, numeric: boolean) {
  if (!after) return;
  const position = decodeCursor(after);
  const op = order.direction === SortDirection.ASC ? '>' : '<';
  const value: string | number = numeric ? amountFromSortKey(position.sortKey) : position.sortKey;
  // The leading `>=` gives every dialect an index range to seek into; the OR alone makes MariaDB
  // and PostgreSQL read the index from its start on every page.
  qb.where(sortColumn, `${op}=`, value).andWhere((w) => {
    w.where(sortColumn, op, value).orWhere(idColumn, op, position.id);
  });
}

/**
 * `inNameOrder`: the filter of a page read in name order. Chain membership is then a correlated
 * EXISTS, so the database can walk the (name_key, uscc) index and stop at the page's end; as
 * `uscc IN (…)` SQLite first collects and sorts every firm of the chain (200,000 firms: 350 ms
 * against 17 ms a page, bench/). Counts keep IN, which SQLite counts fastest.
 */
/** A firm filter whose keyword's grams (search-index.ts) are looked up: the rarest first, null when the index cannot narrow. */
export type PlannedFilter = DirectoryFilter & { grams?: string[] | null };

/** The filter with its keyword's grams looked up (search-index.ts). */
export async function planFilter(knex: Knex, filter: DirectoryFilter): Promise<PlannedFilter> {
  if (!filter.keyword || 'grams' in filter) return filter;
  return { ...filter, grams: await keywordGrams(knex, searchForm(filter.keyword)) };
}

/**
 * The keyword through the gram index: the firms holding the rarest gram, each holding the others,
 * then the LIKE of before on those alone, so the rows are LIKE's rows.
 */
function keywordFilter(knex: Knex, qb: Knex.QueryBuilder, filter: PlannedFilter) {
  const [driving, ...others] = filter.grams ?? [];
  if (driving) qb.whereIn('f.uscc', knex('dir_firm_gram').select('uscc').where('gram', driving));
  for (const gram of others) qb.whereExists(knex('dir_firm_gram as g').select(knex.raw('1')).where('g.gram', gram).whereRaw('g.uscc = f.uscc'));
  whereLike(qb, 'f.search_text', filter.keyword!);
}

export function firmFilter(knex: Knex, qb: Knex.QueryBuilder, filter: PlannedFilter, inNameOrder = false) {
  if (filter.chainCode || filter.linkCodes?.length) {
    const links = (sub: Knex.QueryBuilder) => {
      if (filter.chainCode) sub.where('c.chain_code', filter.chainCode);
      if (filter.linkCodes?.length) sub.whereIn('c.link_code', filter.linkCodes);
      return sub;
    };
    if (inNameOrder) qb.whereExists(links(knex('dir_firm_chain as c').select(knex.raw('1')).whereRaw('c.uscc = f.uscc')));
    else qb.whereIn('f.uscc', links(knex('dir_firm_chain as c').select('c.uscc')));
  }
  if (filter.areaCode) qb.where('f.area_code', 'like', `${areaPrefix(filter.areaCode)}%`);
  if (filter.keyword) keywordFilter(knex, qb, filter);
  if (filter.scopeId) qb.whereIn('f.uscc', knex('dir_scope_member').select('uscc').where('scope_id', filter.scopeId));
  if (filter.usccs) qb.whereIn('f.uscc', filter.usccs);
}

function projectFilter(knex: Knex, qb: Knex.QueryBuilder, filter: DirectoryFilter) {
  if (filter.chainCode) qb.where('p.chain_code', filter.chainCode);
  if (filter.areaCode) {
    const prefix = `${areaPrefix(filter.areaCode)}%`;
    qb.where((w) => w.where('p.area_code', 'like', prefix).orWhereIn('p.id', knex('dir_project_party').select('project_id').where('area_code', 'like', prefix)));
  }
  if (filter.keyword) whereLike(qb, 'p.search_text', filter.keyword);
  if (filter.dateFrom) qb.where('p.date_key', '>=', filter.dateFrom);
  if (filter.dateTo) qb.where('p.date_key', '<=', filter.dateTo).andWhere('p.date_key', '<>', '');
  if (filter.amountMinYuan != null) qb.where('p.amount_yuan', '>=', filter.amountMinYuan);
  if (filter.amountMaxYuan != null) qb.where('p.amount_yuan', '<=', filter.amountMaxYuan);
  if (filter.usccs) qb.whereIn('p.id', knex('dir_project_party').select('project_id').whereIn('uscc', filter.usccs));
  if (filter.scopeId) {
    qb.whereIn('p.id', knex('dir_project_party').select('project_id').whereIn('uscc', knex('dir_scope_member').select('uscc').where('scope_id', filter.scopeId)));
  }
}

type Row = Record<string, unknown>;

// The columns each directory row is built from, and no more: `*` would also read each firm's and
// project's search text and native key, and each link's id, and the SQLite driver spends about half
// a microsecond turning each value into JavaScript (libsql alone on the bench's 100,000 firms: a
// 501-row chain page 6.4–7.3 → 5.8–6.3 ms, its 793 links 3.9–4.7 → 3.7–3.9 ms).
const FIRM_COLUMNS = ['uscc', 'name', 'original_name', 'short_name', 'name_key', 'area_code', 'parent_uscc', 'sample_code', 'kind', 'cooperation_count', 'source'];
const LINK_COLUMNS = ['uscc', 'chain_code', 'link_code', 'local_chain_name', 'local_link_name', 'source', 'basis', 'evidence'];
const PROJECT_COLUMNS = ['id', 'title', 'original_title', 'name_key', 'amount_key', 'date_key', 'chain_code', 'local_chain_name', 'status', 'amount_yuan', 'amount_kind', 'amount_stated', 'date_text', 'area_code', 'source'];
const PARTY_COLUMNS = ['id', 'project_id', 'kind', 'name', 'uscc', 'area_code', 'role'];

type OrderTerm = { column: string; order: 'asc' | 'desc' };

/** `qb` selecting `columns` (of the table aliased `alias`, if given) in `order`. */
function selectInOrder(qb: Knex.QueryBuilder, alias: string | null, columns: string[], order: OrderTerm[]): void {
  const of = (column: string) => (alias ? `${alias}.${column}` : column);
  qb.select(columns.map(of)).orderBy(order.map((o) => ({ column: of(o.column), order: o.order })));
}

/** An aggregate's ORDER BY over the rows of a subquery aliased `r`, in `order`; empty for none. */
function aggregateOrder(order: OrderTerm[]): string {
  return order.length ? ` order by ${order.map((o) => `r.${o.column} ${o.order}`).join(', ')}` : '';
}

/**
 * Selects `columns` (of the table aliased `alias`, if given) from `qb` in `order`, as rows keyed by
 * column. On SQLite the database packs the rows into one JSON text, parsed at once, rather than
 * libsql building each value (the same page, parsing included, 5.3–6.2 ms; its links 3.0 ms); the
 * aggregate's own ORDER BY keeps the page's order.
 */
async function selectRows(knex: Knex, qb: Knex.QueryBuilder, alias: string | null, columns: string[], order: OrderTerm[] = []): Promise<Row[]> {
  selectInOrder(qb, alias, columns, order);
  if (dialectOf(knex) !== 'sqlite3') return (await qb) as Row[];
  const values = columns.map((c) => `r.${c}`).join(', ');
  const packed = (await knex.select(knex.raw(`json_group_array(json_array(${values})${aggregateOrder(order)}) as packed`)).from(qb.as('r'))) as Row[];
  return (JSON.parse(String(packed[0]!.packed)) as unknown[][]).map((values) => {
    const row: Row = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
    return row;
  });
}

/** A page of firms as NDJSON (DirectoryQueries.firmLines). */
export interface FirmLines {
  /** One DirectoryFirmRow per line, each line ending in a newline; empty for no firm. */
  text: string;
  count: number;
  /** The page's last firm, which the next page starts after. */
  last: { sortKey: string; uscc: string } | null;
}

/** A page whose total is counted only when a caller selects it (resolver.ts): at scale the count costs more than the page. */
export interface CountedPage<R> {
  rows: R[];
  count(): Promise<number>;
  /** Of a firm page: its matches that other regions may record (overlap.ts), asked with the count. */
  overlap?(): Promise<FirmOverlap>;
}

export class DirectoryQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly region: string,
  ) {}

  private get knex(): Knex {
    return this.em.getKnex();
  }

  private planned(filter: DirectoryFilter): Promise<PlannedFilter> {
    return planFilter(this.knex, filter);
  }

  /** A page of the firms matching `filter` (aliased `f`): after the cursor, `first` long; and its order, by `column` (a name key). */
  private firmPage(filter: PlannedFilter, column: FirmSortColumn, direction: SortDirection, first: number, after?: string | null): { page: Knex.QueryBuilder; order: OrderTerm[] } {
    const knex = this.knex;
    const page = knex('dir_firm as f');
    firmFilter(knex, page, filter, true);
    applyKeyset(page, `f.${column}`, 'f.uscc', { field: DirectoryOrderField.NAME, direction }, after, false);
    const dir = direction === SortDirection.ASC ? 'asc' : 'desc';
    return { page: page.limit(first), order: [{ column, order: dir }, { column: 'uscc', order: dir }] };
  }

  async firms(given: DirectoryFilter, order: DirectoryOrder, first: number, after?: string | null): Promise<CountedPage<DirectoryFirmRow>> {
    const knex = this.knex;
    const filter = await this.planned(given);
    const column = firmSortColumn(order.field);
    const { page, order: terms } = this.firmPage(filter, column, order.direction, first, after);
    const rows = await this.firmRows(await selectRows(knex, page, 'f', column === 'name_key' ? FIRM_COLUMNS : [...FIRM_COLUMNS, column], terms), column);
    const count = async () => {
      const qb = knex('dir_firm as f');
      firmFilter(knex, qb, filter);
      return Number(((await qb.count({ n: '*' })) as Row[])[0]!.n);
    };
    return { rows, count, overlap: () => firmOverlap(knex, filter) };
  }

  /**
   * A page of `firms` in name order as the firm export writes it: one DirectoryFirmRow per line.
   * On SQLite the database writes the lines (json_object per firm and per chain link, in the
   * page's order): building each row here and serialising it again cost more than the query
   * itself (Yangtze's 6,230 firms of a chain in pages of 1,000, standalone: 98–105 → 67–70 ms).
   */
  async firmLines(given: DirectoryFilter, direction: SortDirection, first: number, after?: string | null): Promise<FirmLines> {
    const knex = this.knex;
    const filter = await this.planned(given);
    if (dialectOf(knex) !== 'sqlite3') {
      const { rows } = await this.firms(filter, { field: DirectoryOrderField.NAME, direction }, first, after);
      const last = rows.at(-1);
      return { text: rows.map((row) => `${JSON.stringify(row)}\n`).join(''), count: rows.length, last: last ? { sortKey: last.sortKey, uscc: last.uscc } : null };
    }
    const { page, order } = this.firmPage(filter, 'name_key', direction, first, after);
    selectInOrder(page, 'f', FIRM_COLUMNS, order);
    // The keys and order of DirectoryFirmRow, so each line reads as firmRows' row serialised would.
    const chains = `(select json_group_array(json_object('chainCode', l.chain_code, 'linkCode', l.link_code, 'localChainName', l.local_chain_name, 'localLinkName', l.local_link_name, 'source', l.source, 'basis', l.basis, 'evidence', l.evidence) order by l.chain_code, l.link_code) from dir_firm_chain as l where l.uscc = r.uscc)`;
    const line = `json_object('uscc', r.uscc, 'region', ?, 'name', r.name, 'originalName', r.original_name, 'shortName', r.short_name, 'sortKey', r.name_key, 'areaCode', r.area_code, 'parentUscc', r.parent_uscc, 'sampleCode', json(case when r.sample_code then 'true' else 'false' end), 'kind', r.kind, 'cooperationCount', r.cooperation_count, 'source', r.source, 'chains', json(${chains}))`;
    const [packed] = (await knex.select(knex.raw(`group_concat(${line}, char(10)${aggregateOrder(order)}) as text, count(*) as n`, [this.region])).from(page.as('r'))) as Row[];
    const count = Number(packed!.n);
    if (!count) return { text: '', count: 0, last: null };
    const text = String(packed!.text);
    const last = JSON.parse(text.slice(text.lastIndexOf('\n') + 1)) as DirectoryFirmRow;
    return { text: `${text}\n`, count, last: { sortKey: last.sortKey, uscc: last.uscc } };
  }

  async firmsByUscc(usccs: string[]): Promise<DirectoryFirmRow[]> {
    if (!usccs.length) return [];
    const rows = await inChunks(usccs, (chunk) => selectRows(this.knex, this.knex('dir_firm as f').whereIn('f.uscc', chunk), 'f', FIRM_COLUMNS));
    return this.firmRows(rows);
  }

  /** Usccs of every firm matching a filter (Tianjin's own firm list filters its native rows with these). */
  async firmKeys(filter: DirectoryFilter): Promise<string[]> {
    const qb = this.knex('dir_firm as f').select('f.uscc');
    firmFilter(this.knex, qb, await this.planned(filter));
    return ((await qb) as Row[]).map((r) => String(r.uscc));
  }

  /** Which of `usccs` match a filter here (overlap.ts). */
  firmMatches(filter: DirectoryFilter, usccs: readonly string[]): Promise<SharedKey[]> {
    return firmMatches(this.knex, filter, usccs);
  }

  /** `sortColumn`: the column the rows' sortKey is read from, the one they were ordered by. */
  private async firmRows(rows: Row[], sortColumn: FirmSortColumn = 'name_key'): Promise<DirectoryFirmRow[]> {
    if (!rows.length) return [];
    const order: OrderTerm[] = ['uscc', 'chain_code', 'link_code'].map((column) => ({ column, order: 'asc' }));
    const links = await inChunks(rows.map((r) => r.uscc as string), (chunk) => selectRows(this.knex, this.knex('dir_firm_chain').whereIn('uscc', chunk), null, LINK_COLUMNS, order));
    const byFirm = groupBy(links, (link) => String(link.uscc));
    return rows.map((r) => ({
      uscc: String(r.uscc),
      region: this.region,
      name: String(r.name),
      originalName: String(r.original_name),
      shortName: (r.short_name as string | null) ?? null,
      sortKey: String(r[sortColumn]),
      areaCode: String(r.area_code),
      parentUscc: (r.parent_uscc as string | null) ?? null,
      sampleCode: Boolean(r.sample_code),
      kind: String(r.kind),
      cooperationCount: Number(r.cooperation_count),
      source: String(r.source),
      chains: (byFirm.get(String(r.uscc)) ?? []).map((l) => ({
        chainCode: String(l.chain_code),
        linkCode: String(l.link_code),
        localChainName: String(l.local_chain_name),
        localLinkName: (l.local_link_name as string | null) ?? null,
        source: String(l.source),
        basis: String(l.basis),
        evidence: (l.evidence as string | null) ?? null,
      })),
    }));
  }

  async projects(filter: DirectoryFilter, order: DirectoryOrder, first: number, after?: string | null): Promise<CountedPage<DirectoryProjectRow>> {
    const knex = this.knex;
    const base = () => {
      const qb = knex('dir_project as p');
      projectFilter(knex, qb, filter);
      return qb;
    };
    const column = projectSortColumn(order.field);
    const dir = order.direction === SortDirection.ASC ? 'asc' : 'desc';
    const page = base();
    applyKeyset(page, `p.${column}`, 'p.id', order, after, order.field === DirectoryOrderField.AMOUNT);
    const columns = PROJECT_COLUMNS.includes(column) ? PROJECT_COLUMNS : [...PROJECT_COLUMNS, column];
    const rows = await this.projectRows(await selectRows(knex, page.limit(first), 'p', columns, [{ column, order: dir }, { column: 'id', order: dir }]), order.field);
    return { rows, count: async () => Number(((await base().count({ n: '*' })) as Row[])[0]!.n) };
  }

  async projectsById(ids: string[]): Promise<DirectoryProjectRow[]> {
    if (!ids.length) return [];
    const rows = await inChunks(ids, (chunk) => selectRows(this.knex, this.knex('dir_project as p').whereIn('p.id', chunk), 'p', PROJECT_COLUMNS));
    return this.projectRows(rows, DirectoryOrderField.NAME);
  }

  private async projectRows(rows: Row[], field: DirectoryOrderField): Promise<DirectoryProjectRow[]> {
    if (!rows.length) return [];
    const parties = await inChunks(rows.map((r) => r.id as string), (chunk) => selectRows(this.knex, this.knex('dir_project_party').whereIn('project_id', chunk), null, PARTY_COLUMNS, [{ column: 'id', order: 'asc' }]));
    const byProject = groupBy(parties, (party) => String(party.project_id));
    return rows.map((r) => ({
      id: String(r.id),
      region: this.region,
      title: String(r.title),
      originalTitle: String(r.original_title),
      sortKey: field === DirectoryOrderField.AMOUNT ? amountSortKey(Number(r.amount_key)) : String(r[projectSortColumn(field)]),
      chainCode: (r.chain_code as string | null) ?? null,
      localChainName: (r.local_chain_name as string | null) ?? null,
      status: String(r.status),
      amountYuan: r.amount_yuan == null ? null : Number(r.amount_yuan),
      amountKind: (r.amount_kind as string | null) ?? null,
      amountStated: (r.amount_stated as string | null) ?? null,
      dateKey: String(r.date_key),
      dateText: (r.date_text as string | null) ?? null,
      areaCode: String(r.area_code),
      source: String(r.source),
      parties: (byProject.get(String(r.id)) ?? []).map((p) => ({
        kind: String(p.kind),
        name: String(p.name),
        uscc: (p.uscc as string | null) ?? null,
        areaCode: (p.area_code as string | null) ?? null,
        role: (p.role as string | null) ?? null,
      })),
    }));
  }

  async aggregate(entity: 'FIRM' | 'PROJECT', filter: DirectoryFilter, groupBy: AggregateDimension[]): Promise<DirectoryAggregateRow[]> {
    const knex = this.knex;
    const fromTally = entity === 'PROJECT' ? await tallyAggregate(knex, filter, groupBy) : null;
    return fromTally ?? this.groupedAggregate(entity, filter, groupBy);
  }

  /** The aggregate grouped over every matching row (what the tally answers, where it can, from its few rows). */
  async groupedAggregate(entity: 'FIRM' | 'PROJECT', filter: DirectoryFilter, groupBy: AggregateDimension[]): Promise<DirectoryAggregateRow[]> {
    const knex = this.knex;
    const areaLength = groupBy.includes(AggregateDimension.COUNTY) ? 6 : groupBy.includes(AggregateDimension.CITY) ? 4 : groupBy.includes(AggregateDimension.PROVINCE) ? 2 : 0;
    const byChain = groupBy.includes(AggregateDimension.CHAIN);
    const byStatus = entity === 'PROJECT' && groupBy.includes(AggregateDimension.STATUS);
    const alias = entity === 'FIRM' ? 'f' : 'p';
    const qb = knex(entity === 'FIRM' ? 'dir_firm as f' : 'dir_project as p');
    if (entity === 'FIRM') firmFilter(knex, qb, await this.planned(filter));
    else projectFilter(knex, qb, filter);
    const groups: string[] = [];
    if (byChain && entity === 'FIRM') {
      qb.join('dir_firm_chain as c', 'c.uscc', 'f.uscc');
      qb.select('c.chain_code as chain_code');
      groups.push('c.chain_code');
    } else if (byChain) {
      qb.select('p.chain_code as chain_code');
      groups.push('p.chain_code');
    }
    if (areaLength) {
      qb.select(knex.raw(`substr(${alias}.area_code, 1, ${areaLength}) as area_prefix`));
      groups.push(knex.raw(`substr(${alias}.area_code, 1, ${areaLength})`) as unknown as string);
    }
    if (byStatus) {
      qb.select('p.status as status');
      groups.push('p.status');
    }
    if (entity === 'FIRM') qb.select(knex.raw('count(distinct f.uscc) as n'), knex.raw('0 as amount'));
    else qb.select(knex.raw('count(*) as n'), knex.raw('coalesce(sum(p.amount_yuan), 0) as amount'));
    if (groups.length) qb.groupBy(groups);
    const rows = (await qb) as Row[];
    return rows.map((r) => ({
      chainCode: byChain ? ((r.chain_code as string | null) ?? null) : null,
      areaCode: areaLength ? String(r.area_prefix).padEnd(6, '0') : null,
      status: byStatus ? String(r.status) : null,
      count: Number(r.n),
      amountYuan: Number(r.amount),
    }));
  }

  async scopes(ids: string[] | null, keyword: string | null): Promise<DirectoryScopeRow[]> {
    const qb = this.knex('dir_scope').select('*').orderBy('id');
    if (ids) qb.whereIn('id', ids);
    if (keyword) {
      // A scope is found by its names, or by the area it is in (南开 finds the alliance in 南开区).
      const areas = areasNamed(keyword).map((code) => `${areaPrefix(code)}%`);
      qb.where((w) => {
        whereLike(w, 'search_text', keyword);
        for (const prefix of areas) w.orWhere('area_code', 'like', prefix);
      });
    }
    const scopes = (await qb) as Row[];
    if (!scopes.length) return [];
    const scopeIds = scopes.map((s) => String(s.id));
    const [members, gaps, links, relations] = (await Promise.all([
      this.knex('dir_scope_member').select('scope_id', 'uscc').whereIn('scope_id', scopeIds).orderBy('uscc'),
      this.knex('dir_scope_gap').select('*').whereIn('scope_id', scopeIds).orderBy('id'),
      this.knex('dir_scope_link').select('*').whereIn('scope_id', scopeIds).orderBy('id'),
      this.knex('dir_scope_parent').select('*').whereIn('scope_id', scopeIds).orWhereIn('parent_id', scopeIds).orderBy('id'),
    ])) as [Row[], Row[], Row[], Row[]];
    const fact = (g: Row) => ({ chainCode: String(g.chain_code), linkCode: String(g.link_code), note: String(g.note), source: String(g.source) });
    return scopes.map((s) => ({
      id: String(s.id),
      region: this.region,
      kind: String(s.kind),
      name: String(s.name),
      originalName: String(s.original_name),
      areaCode: String(s.area_code),
      source: String(s.source),
      memberUsccs: members.filter((m) => m.scope_id === s.id).map((m) => String(m.uscc)),
      statedGaps: gaps.filter((g) => g.scope_id === s.id).map(fact),
      statedLinks: links.filter((l) => l.scope_id === s.id).map(fact),
      parents: relations.filter((r) => r.scope_id === s.id).map((r) => ({ scopeId: String(r.parent_id), note: String(r.note), source: String(r.source) })),
      children: relations.filter((r) => r.parent_id === s.id).map((r) => ({ scopeId: String(r.scope_id), note: String(r.note), source: String(r.source) })),
    }));
  }
}
