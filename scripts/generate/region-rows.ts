/**
 * The contract between the generator and a region's row builders: a region turns a universe firm
 * or project into its native rows and its directory rows (built by the same projection the seeders
 * use, kit/directory/projection.ts), and hands them to a sink that loads them in bulk.
 */
import type { EntityName } from '@mikro-orm/core';
import type { RegionName } from '../../schema/contract/errors';
import { DirectoryFirm, DirectoryFirmChain, DirectoryProject, DirectoryProjectParty } from '../../subgraphs/kit/directory/entities';
import { projectFirm, projectProject, type FirmInput, type ProjectInput } from '../../subgraphs/kit/directory/projection';
import { DirectoryFirmGram, gramRows } from '../../subgraphs/kit/directory/search-index';
import { DirectoryFirmShared } from '../../subgraphs/kit/directory/shared-firms';
import { REGIONS } from './territory';
import type { FirmRecord, FirmRecords } from './records';
import type { Universe, UniverseProject } from './universe';

export type Row = Record<string, unknown>;

export interface RowSink {
  add(entity: EntityName<object>, row: Row): void;
}

export interface GenerationContext {
  universe: Universe;
  seed: number;
  /** The `source` of every generated directory row and native provenance. */
  source: string;
  records: FirmRecords;
  /** Projects of this region the firm takes part in: its directory cooperationCount. */
  cooperationCount(index: number): number;
  sink: RowSink;
}

export interface RegionRows {
  region: RegionName;
  /** The native tables generated rows go to, parents first (deletion runs in reverse). */
  nativeTables: string[];
  /** False where the region's schema has no table for generated projects: its firms then take part in none. */
  writesProjects: boolean;
  firm(ctx: GenerationContext, index: number): void;
  project(ctx: GenerationContext, project: UniverseProject): void;
}

/** An entity instance the projection built, as the plain row insertMany takes. */
export function plain(entity: DirectoryFirm | DirectoryFirmChain | DirectoryProject | DirectoryProjectParty | object): Row {
  return { ...(entity as Row) };
}

/** A firm's directory rows, as the seeders project them, with the count of its projects; the directory firm back. */
export function addDirectoryFirm(ctx: GenerationContext, record: FirmRecord, shortName: string, chains: FirmInput['chains']): { row: DirectoryFirm; links: DirectoryFirmChain[] } {
  const { firm: row, chains: links } = projectFirm({ nativeKey: record.key, originalName: record.originalName, shortName, areaCode: record.firm.areaCode, kind: 'ENTERPRISE', source: ctx.source, chains });
  row.cooperationCount = ctx.cooperationCount(record.firm.index);
  ctx.sink.add(DirectoryFirm, plain(row));
  for (const link of links) ctx.sink.add(DirectoryFirmChain, plain(link));
  for (const gram of gramRows(row.uscc, row.searchText)) ctx.sink.add(DirectoryFirmGram, gram);
  const peers = REGIONS.filter((r) => r !== ctx.records.region && ctx.universe.isIn(record.firm.index, r));
  if (peers.length) ctx.sink.add(DirectoryFirmShared, { uscc: row.uscc, peers: peers.join(',') });
  return { row, links };
}

/** A project's directory rows, as the seeders project them. */
export function addDirectoryProject(ctx: GenerationContext, region: RegionName, input: ProjectInput): void {
  const { project, parties } = projectProject(region, input);
  ctx.sink.add(DirectoryProject, plain(project));
  for (const party of parties) ctx.sink.add(DirectoryProjectParty, plain(party));
}
