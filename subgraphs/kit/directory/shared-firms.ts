/**
 * The region's firms that other regions may record too: what the cross-region layer needs to count
 * a merged list exactly (a firm several regions record counts once) without fetching every key.
 *
 * `peers` names the other regions that record the code, when that is known for certain (the
 * generator knows its universe); UNKNOWN_PEERS when it is not (the seeded sample firms, a firm a
 * write created): the cross-region layer then asks every region about those few codes. A firm no
 * other region records has no row.
 */
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';

@Entity({ tableName: 'dir_firm_shared' })
@Index({ properties: ['peers', 'uscc'] })
export class DirectoryFirmShared {
  @PrimaryKey({ type: 'string', length: 18 }) uscc!: string;
  /** The other regions that record the firm, in canonical order, comma-separated; UNKNOWN_PEERS when not known. */
  @Property({ type: 'string', length: 60 }) peers!: string;
}

export const UNKNOWN_PEERS = '?';

/** Notes firms whose peers are not known, leaving those already noted as they are. */
export async function noteUnknownPeers(knex: Knex, usccs: readonly string[]): Promise<void> {
  if (!usccs.length) return;
  const noted = new Set(((await knex('dir_firm_shared').select('uscc').whereIn('uscc', usccs)) as Array<{ uscc: string }>).map((r) => r.uscc));
  const rows = usccs.filter((u) => !noted.has(u)).map((uscc) => ({ uscc, peers: UNKNOWN_PEERS }));
  for (let i = 0; i < rows.length; i += 400) await knex('dir_firm_shared').insert(rows.slice(i, i + 400));
}
