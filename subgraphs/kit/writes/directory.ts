/**
 * Writes keep the region's directory in step, in their own transaction, so that the cross-region
 * lists, search, aggregates and gap analysis see a write as soon as it commits. Rows are built by
 * the same projection the seeders use (kit/directory/projection.ts).
 */
import type { EntityManager } from '@mikro-orm/knex';
import type { RegionName } from '../../../schema/contract/errors';
import type { StatedAmount, StatedDate } from '../../../schema/contract/source';
import { describeIdentity, type Identity } from '../auth/identity';
import { DirectoryFirm, DirectoryFirmChain, DirectoryProject, DirectoryScopeGap, DirectoryScopeMember } from '../directory/entities';
import { canonicalChainCode, isoDate, projectFirm, projectProject, statedAmountText, type FirmInput, type ProjectInput } from '../directory/projection';
import { toYuan } from '../../../schema/contract/amount';
import { directoryChanges } from '../directory/upkeep';
import { Provenance } from '../value-types';
import type { ValidFirm } from './validate';

/** Where a written record comes from: the write and who made it (the directory's `source` column holds the first part). */
export function writeSource(operation: string): string {
  return `write:${operation}`;
}

export function writeProvenance(operation: string, identity: Identity): Provenance {
  return Object.assign(new Provenance(), { source: writeSource(operation), evidence: `${describeIdentity(identity)}, ${new Date().toISOString()}` });
}

/** The firm's directory row: the region's own if it has one (gaining the chain if new), else created from the write. */
export async function ensureDirectoryFirm(
  em: EntityManager,
  firm: ValidFirm,
  options: { nativeKey: string; source: string; localChainName?: string | null; kind?: string },
): Promise<DirectoryFirm> {
  const existing = await em.findOne(DirectoryFirm, { uscc: firm.uscc });
  if (!existing) {
    const { firm: row, chains } = projectFirm({
      uscc: firm.uscc,
      nativeKey: options.nativeKey,
      originalName: firm.name,
      areaCode: firm.areaCode,
      kind: options.kind ?? 'ENTERPRISE',
      source: options.source,
      chains: options.localChainName ? [{ localChainName: options.localChainName }] : [],
    });
    em.persist([row, ...chains]);
    directoryChanges(em).firms.add(row.uscc);
    directoryChanges(em).created.add(row.uscc);
    return row;
  }
  if (options.localChainName) {
    const chainCode = canonicalChainCode(options.localChainName);
    const id = `${firm.uscc}:${chainCode}:`;
    if (!(await em.findOne(DirectoryFirmChain, { id }))) {
      em.persist(Object.assign(new DirectoryFirmChain(), { id, uscc: firm.uscc, chainCode, linkCode: '', localChainName: options.localChainName, localLinkName: null, source: options.source }));
      directoryChanges(em).firms.add(firm.uscc);
    }
  }
  return existing;
}

/** A project in the directory, counted once for each firm that is a party to it. */
export function recordDirectoryProject(em: EntityManager, region: RegionName, input: ProjectInput, firms: readonly DirectoryFirm[]): DirectoryProject {
  const { project, parties } = projectProject(region, input);
  em.persist([project, ...parties]);
  directoryChanges(em).projectGroups.push({ chainCode: project.chainCode ?? null, areaCode: project.areaCode, status: project.status });
  for (const firm of new Set(firms)) firm.cooperationCount++;
  return project;
}

/** A project's new status, date or amount. */
export async function updateDirectoryProject(em: EntityManager, id: string, change: { status?: string; date?: StatedDate | null; amount?: StatedAmount | null }): Promise<void> {
  const row = await em.findOneOrFail(DirectoryProject, { id });
  // The group it leaves and the one it enters are both recounted.
  const group = () => ({ chainCode: row.chainCode ?? null, areaCode: row.areaCode, status: row.status });
  directoryChanges(em).projectGroups.push(group());
  if (change.status) row.status = change.status;
  if (change.date?.year) {
    row.dateKey = isoDate(change.date);
    row.dateText = change.date.text;
  }
  if (change.amount) {
    row.amountYuan = toYuan(change.amount);
    row.amountKey = row.amountYuan;
    row.amountStated = statedAmountText(change.amount);
  }
  directoryChanges(em).projectGroups.push(group());
}

export async function addScopeMember(em: EntityManager, scopeId: string, uscc: string): Promise<void> {
  const id = `${scopeId}#${uscc}`;
  if (!(await em.findOne(DirectoryScopeMember, { id }))) em.persist(Object.assign(new DirectoryScopeMember(), { id, scopeId, uscc }));
}

/** A gap the region states for a scope, e.g. an alliance's members seeking a design partner. */
export async function addScopeGap(em: EntityManager, gap: { scopeId: string; chainCode: string; linkCode: string; note: string; source: string }): Promise<void> {
  const id = `${gap.scopeId}#${gap.chainCode}:${gap.linkCode}`;
  if (!(await em.findOne(DirectoryScopeGap, { id }))) em.persist(Object.assign(new DirectoryScopeGap(), { id, ...gap }));
}

/**
 * An imported firm's directory rows: created, or brought in line with the import (its names and
 * area; chains only added, never removed, since a row names the chains it knows of). `chainIds` are
 * the directory chain rows the batch found, kept current here. False when nothing changed.
 */
export function syncDirectoryFirm(em: EntityManager, existing: DirectoryFirm | undefined, chainIds: Set<string>, input: FirmInput & { uscc: string }): { row: DirectoryFirm; changed: boolean } {
  const { firm, chains } = projectFirm(input);
  let changed = false;
  let row = existing;
  if (!row) {
    em.persist(firm);
    row = firm;
    changed = true;
    directoryChanges(em).created.add(firm.uscc);
  } else if (row.originalName !== firm.originalName || row.areaCode !== firm.areaCode || (firm.shortName && row.shortName !== firm.shortName)) {
    Object.assign(row, { name: firm.name, originalName: firm.originalName, nameKey: firm.nameKey, pinyinKey: firm.pinyinKey, searchText: firm.searchText, areaCode: firm.areaCode, ...(firm.shortName ? { shortName: firm.shortName } : {}) });
    changed = true;
  }
  for (const chain of chains) {
    if (chainIds.has(chain.id)) continue;
    em.persist(chain);
    chainIds.add(chain.id);
    changed = true;
  }
  // The keyword index and the shared-firm index follow (directory/upkeep.ts, after the row's flush).
  if (changed) directoryChanges(em).firms.add(firm.uscc);
  return { row, changed };
}
