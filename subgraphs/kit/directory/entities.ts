/**
 * The cross-region directory: a uniform projection of a region's own data that every region keeps
 * beside its native tables, in the same shape on every region and dialect. The cross-region layer
 * reads it to merge lists, search, aggregate and find chain gaps without knowing any region's native
 * schema. Seeders and writes maintain it in the same transaction as the native rows.
 *
 * Sort keys are ASCII (hex code units, ISO dates) so that every dialect's ORDER BY agrees with the
 * cross-region layer's merge order, whatever the database collation.
 */
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'dir_firm' })
@Index({ properties: ['nameKey', 'uscc'] })
@Index({ properties: ['pinyinKey', 'uscc'] })
export class DirectoryFirm {
  @PrimaryKey({ type: 'string', length: 18 }) uscc!: string;
  /** Simplified legal name. */
  @Property({ type: 'string', length: 200 }) name!: string;
  /** The name as the region's report writes it (e.g. Traditional script). */
  @Property({ type: 'string', length: 200 }) originalName!: string;
  @Property({ type: 'string', length: 100, nullable: true }) shortName?: string | null;
  @Property({ type: 'string', length: 640 }) nameKey!: string;
  /** The name's pinyin sort key (pinyin-key.ts): the NAME_PINYIN order. */
  @Property({ type: 'string', length: 640 }) pinyinKey!: string;
  /** Search form (Simplified) of every name the firm goes by. */
  @Property({ type: 'text' }) searchText!: string;
  @Property({ type: 'string', length: 6 }) @Index() areaCode!: string;
  @Property({ type: 'string', length: 18, nullable: true }) parentUscc?: string | null;
  /** True when the credit code is generated sample data (the reports give no codes). */
  @Property({ type: 'boolean' }) sampleCode!: boolean;
  /** The key of the firm's native record in the region's own schema. */
  @Property({ type: 'string', length: 100 }) nativeKey!: string;
  /** Firm kind as the region describes it: ENTERPRISE, INSTITUTE, UNIVERSITY, BRANCH… */
  @Property({ type: 'string', length: 30 }) kind!: string;
  @Property({ type: 'integer' }) cooperationCount!: number;
  @Property({ type: 'string', length: 40 }) source!: string;
}

/** One (chain, link) a firm serves; link is '' when the report names the chain but not the link. */
@Entity({ tableName: 'dir_firm_chain' })
@Index({ properties: ['chainCode', 'linkCode'] })
// A firm's links, in order, from the index alone; and a chain-filtered page's EXISTS per firm is
// one index seek, not a read of each of the firm's link rows (query.ts firmFilter).
@Index({ properties: ['uscc', 'chainCode', 'linkCode'] })
export class DirectoryFirmChain {
  @PrimaryKey({ type: 'string', length: 80 }) id!: string;
  @Property({ type: 'string', length: 18 }) uscc!: string;
  @Property({ type: 'string', length: 40 }) chainCode!: string;
  @Property({ type: 'string', length: 20 }) linkCode!: string;
  @Property({ type: 'string', length: 60 }) localChainName!: string;
  @Property({ type: 'string', length: 60, nullable: true }) localLinkName?: string | null;
  @Property({ type: 'string', length: 40 }) source!: string;
  /** What the placement rests on: STATED, PASSAGE, NAME (a guess from the firm's name) or RECORDED (a write, no report). */
  @Property({ type: 'string', length: 20, default: 'RECORDED' }) basis: string = 'RECORDED';
  /** The report's sentence the placement rests on (Simplified); null for a recorded one. */
  @Property({ type: 'text', nullable: true }) evidence?: string | null;
}

@Entity({ tableName: 'dir_project' })
@Index({ properties: ['nameKey', 'id'] })
@Index({ properties: ['pinyinKey', 'id'] })
@Index({ properties: ['amountKey', 'id'] })
@Index({ properties: ['dateKey', 'id'] })
export class DirectoryProject {
  /** Globally unique: `<region>:<kind>:<native key>`. */
  @PrimaryKey({ type: 'string', length: 120 }) id!: string;
  @Property({ type: 'string', length: 300 }) title!: string;
  @Property({ type: 'string', length: 300 }) originalTitle!: string;
  @Property({ type: 'string', length: 640 }) nameKey!: string;
  /** The title's pinyin sort key (pinyin-key.ts): the NAME_PINYIN order. */
  @Property({ type: 'string', length: 640 }) pinyinKey!: string;
  @Property({ type: 'text' }) searchText!: string;
  @Property({ type: 'string', length: 40, nullable: true }) @Index() chainCode?: string | null;
  @Property({ type: 'string', length: 60, nullable: true }) localChainName?: string | null;
  @Property({ type: 'string', length: 20 }) status!: string;
  /** Amount normalised to yuan; null when the report states none. */
  @Property({ type: 'double', nullable: true }) amountYuan?: number | null;
  /** amountYuan, or -1 when unknown: keyset pagination needs a total order without NULLs. */
  @Property({ type: 'double' }) amountKey!: number;
  /** What the amount measures: investment, output value, contract value… */
  @Property({ type: 'string', length: 30, nullable: true }) amountKind?: string | null;
  /** The amount as the report states it, e.g. "15亿元". */
  @Property({ type: 'string', length: 60, nullable: true }) amountStated?: string | null;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as far as the report states it; '' when no year is stated. */
  @Property({ type: 'string', length: 10 }) dateKey!: string;
  @Property({ type: 'string', length: 60, nullable: true }) dateText?: string | null;
  @Property({ type: 'string', length: 6 }) @Index() areaCode!: string;
  @Property({ type: 'string', length: 100 }) nativeKey!: string;
  @Property({ type: 'string', length: 40 }) source!: string;
}

@Entity({ tableName: 'dir_project_party' })
export class DirectoryProjectParty {
  @PrimaryKey({ type: 'string', length: 160 }) id!: string;
  @Property({ type: 'string', length: 120 }) @Index() projectId!: string;
  /** FIRM, PARK, ZONE, COUNTY, ALLIANCE, INSTITUTION, GOVERNMENT */
  @Property({ type: 'string', length: 20 }) kind!: string;
  @Property({ type: 'string', length: 200 }) name!: string;
  @Property({ type: 'string', length: 18, nullable: true }) @Index() uscc?: string | null;
  @Property({ type: 'string', length: 6, nullable: true }) areaCode?: string | null;
  /** The party's part in the project as the report puts it (investor, host, supplier…). */
  @Property({ type: 'string', length: 60, nullable: true }) role?: string | null;
}

/** A park, alliance, zone, county or pairing whose firms can be analysed for chain gaps. */
@Entity({ tableName: 'dir_scope' })
export class DirectoryScope {
  @PrimaryKey({ type: 'string', length: 120 }) id!: string;
  @Property({ type: 'string', length: 20 }) kind!: string;
  @Property({ type: 'string', length: 200 }) name!: string;
  @Property({ type: 'string', length: 200 }) originalName!: string;
  @Property({ type: 'text' }) searchText!: string;
  @Property({ type: 'string', length: 6 }) areaCode!: string;
  @Property({ type: 'string', length: 40 }) source!: string;
}

@Entity({ tableName: 'dir_scope_member' })
export class DirectoryScopeMember {
  @PrimaryKey({ type: 'string', length: 160 }) id!: string;
  @Property({ type: 'string', length: 120 }) @Index() scopeId!: string;
  @Property({ type: 'string', length: 18 }) @Index() uscc!: string;
}

/** A gap a report states outright, e.g. the Binhai park cannot yet offer production land. */
@Entity({ tableName: 'dir_scope_gap' })
export class DirectoryScopeGap {
  @PrimaryKey({ type: 'string', length: 160 }) id!: string;
  @Property({ type: 'string', length: 120 }) @Index() scopeId!: string;
  @Property({ type: 'string', length: 40 }) chainCode!: string;
  @Property({ type: 'string', length: 20 }) linkCode!: string;
  @Property({ type: 'text' }) note!: string;
  @Property({ type: 'string', length: 40 }) source!: string;
}

/** A scope inside another, as a report states it: an alliance founded in a park, a county in its pairing. */
@Entity({ tableName: 'dir_scope_parent' })
export class DirectoryScopeParent {
  @PrimaryKey({ type: 'string', length: 250 }) id!: string;
  @Property({ type: 'string', length: 120 }) @Index() scopeId!: string;
  @Property({ type: 'string', length: 120 }) @Index() parentId!: string;
  @Property({ type: 'text' }) note!: string;
  @Property({ type: 'string', length: 40 }) source!: string;
}

/** A link a report states a scope's firms cover, e.g. the park's new-energy chain "涉及设计、投资、生产、运维". */
@Entity({ tableName: 'dir_scope_link' })
export class DirectoryScopeLink {
  @PrimaryKey({ type: 'string', length: 160 }) id!: string;
  @Property({ type: 'string', length: 120 }) @Index() scopeId!: string;
  @Property({ type: 'string', length: 40 }) chainCode!: string;
  @Property({ type: 'string', length: 20 }) linkCode!: string;
  @Property({ type: 'text' }) note!: string;
  @Property({ type: 'string', length: 40 }) source!: string;
}

export const DIRECTORY_ENTITIES = [
  DirectoryFirm,
  DirectoryFirmChain,
  DirectoryProject,
  DirectoryProjectParty,
  DirectoryScope,
  DirectoryScopeMember,
  DirectoryScopeGap,
  DirectoryScopeParent,
  DirectoryScopeLink,
];
