/**
 * The directory contract's GraphQL shape. Every region serves it under the same names, so the types
 * are @shareable, and @inaccessible keeps them out of the public API: only the cross-region layer
 * calls them, straight at each region's subgraph. The rows are plain data: `simpleResolvers` reads
 * each field as a property, without type-graphql's per-field wrapper (pages hold up to 1,000 rows).
 */
import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

export enum DirectoryOrderField {
  NAME = 'NAME',
  NAME_PINYIN = 'NAME_PINYIN',
  AMOUNT = 'AMOUNT',
  DATE = 'DATE',
}
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
export enum AggregateDimension {
  CHAIN = 'CHAIN',
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  STATUS = 'STATUS',
}
// Plain strings on the wire, not GraphQL enums: type-graphql cannot mark an enum @inaccessible, and
// the directory must not leak into the public API. The resolver validates them.

@InputType('DirectoryFilter', { description: 'internal: filter understood by every region directory' })
@Directive('@inaccessible')
export class DirectoryFilter {
  @Field(() => String, { nullable: true }) chainCode?: string;
  @Field(() => [String], { nullable: true }) linkCodes?: string[];
  @Field(() => String, { nullable: true }) areaCode?: string;
  @Field(() => String, { nullable: true }) keyword?: string;
  @Field(() => String, { nullable: true }) dateFrom?: string;
  @Field(() => String, { nullable: true }) dateTo?: string;
  @Field(() => Float, { nullable: true }) amountMinYuan?: number;
  @Field(() => Float, { nullable: true }) amountMaxYuan?: number;
  @Field(() => String, { nullable: true }) scopeId?: string;
  @Field(() => [ID], { nullable: true }) usccs?: string[];
}

@InputType('DirectoryOrder', { description: 'internal: directory order' })
@Directive('@inaccessible')
export class DirectoryOrder {
  @Field(() => String, { description: 'NAME, NAME_PINYIN, AMOUNT or DATE' }) field!: DirectoryOrderField;
  @Field(() => String, { description: 'ASC or DESC' }) direction!: SortDirection;
}

@ObjectType('DirectoryFirmChain', { simpleResolvers: true, description: 'internal: a chain link a firm serves' })
@Directive('@shareable')
@Directive('@inaccessible')
export class DirectoryFirmChainRow {
  @Field(() => String) chainCode!: string;
  @Field(() => String) linkCode!: string;
  @Field(() => String) localChainName!: string;
  @Field(() => String, { nullable: true }) localLinkName?: string | null;
  @Field(() => String) source!: string;
  @Field(() => String) basis!: string;
  @Field(() => String, { nullable: true }) evidence?: string | null;
}

@ObjectType('DirectoryFirm', { simpleResolvers: true, description: 'internal: a firm as one region records it' })
@Directive('@shareable')
@Directive('@inaccessible')
export class DirectoryFirmRow {
  @Field(() => ID) uscc!: string;
  @Field(() => String) region!: string;
  @Field(() => String) name!: string;
  @Field(() => String) originalName!: string;
  @Field(() => String, { nullable: true }) shortName?: string | null;
  @Field(() => String) sortKey!: string;
  @Field(() => String) areaCode!: string;
  @Field(() => String, { nullable: true }) parentUscc?: string | null;
  @Field(() => Boolean) sampleCode!: boolean;
  @Field(() => String) kind!: string;
  @Field(() => Int) cooperationCount!: number;
  @Field(() => String) source!: string;
  @Field(() => [DirectoryFirmChainRow]) chains!: DirectoryFirmChainRow[];
}

@ObjectType('DirectoryFirmPage', { simpleResolvers: true, description: 'internal: one page of a region directory' })
@Directive('@shareable')
@Directive('@inaccessible')
export class DirectoryFirmPage {
  @Field(() => [DirectoryFirmRow]) rows!: DirectoryFirmRow[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('DirectoryProjectParty', { simpleResolvers: true, description: 'internal: a party to a project' })
@Directive('@shareable')
@Directive('@inaccessible')
export class DirectoryProjectPartyRow {
  @Field(() => String) kind!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) uscc?: string | null;
  @Field(() => String, { nullable: true }) areaCode?: string | null;
  @Field(() => String, { nullable: true }) role?: string | null;
}

@ObjectType('DirectoryProject', { simpleResolvers: true, description: 'internal: a cooperation project as one region records it' })
@Directive('@shareable')
@Directive('@inaccessible')
export class DirectoryProjectRow {
  @Field(() => ID) id!: string;
  @Field(() => String) region!: string;
  @Field(() => String) title!: string;
  @Field(() => String) originalTitle!: string;
  @Field(() => String) sortKey!: string;
  @Field(() => String, { nullable: true }) chainCode?: string | null;
  @Field(() => String, { nullable: true }) localChainName?: string | null;
  @Field(() => String) status!: string;
  @Field(() => Float, { nullable: true }) amountYuan?: number | null;
  @Field(() => String, { nullable: true }) amountKind?: string | null;
  @Field(() => String, { nullable: true }) amountStated?: string | null;
  @Field(() => String) dateKey!: string;
  @Field(() => String, { nullable: true }) dateText?: string | null;
  @Field(() => String) areaCode!: string;
  @Field(() => String) source!: string;
  @Field(() => [DirectoryProjectPartyRow]) parties!: DirectoryProjectPartyRow[];
}

@ObjectType('DirectoryProjectPage', { simpleResolvers: true, description: 'internal: one page of a region directory' })
@Directive('@shareable')
@Directive('@inaccessible')
export class DirectoryProjectPage {
  @Field(() => [DirectoryProjectRow]) rows!: DirectoryProjectRow[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('DirectoryAggregateRow', { simpleResolvers: true, description: 'internal: one group of a region aggregate' })
@Directive('@shareable')
@Directive('@inaccessible')
export class DirectoryAggregateRow {
  @Field(() => String, { nullable: true }) chainCode?: string | null;
  @Field(() => String, { nullable: true }) areaCode?: string | null;
  @Field(() => String, { nullable: true }) status?: string | null;
  @Field(() => Int) count!: number;
  @Field(() => Float) amountYuan!: number;
}

@ObjectType('DirectoryScope', { simpleResolvers: true, description: 'internal: a park, alliance, zone, county or pairing' })
@Directive('@shareable')
@Directive('@inaccessible')
export class DirectoryScopeRow {
  @Field(() => ID) id!: string;
  @Field(() => String) region!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) name!: string;
  @Field(() => String) originalName!: string;
  @Field(() => String) areaCode!: string;
  @Field(() => String) source!: string;
  @Field(() => [ID]) memberUsccs!: string[];
  @Field(() => [DirectoryScopeGapRow]) statedGaps!: DirectoryScopeGapRow[];
  @Field(() => [DirectoryScopeGapRow]) statedLinks!: DirectoryScopeGapRow[];
  @Field(() => [DirectoryScopeRelationRow]) parents!: DirectoryScopeRelationRow[];
  @Field(() => [DirectoryScopeRelationRow]) children!: DirectoryScopeRelationRow[];
}

@ObjectType('DirectoryScopeRelation', { simpleResolvers: true, description: 'internal: a scope inside another' })
@Directive('@shareable')
@Directive('@inaccessible')
export class DirectoryScopeRelationRow {
  @Field(() => ID) scopeId!: string;
  @Field(() => String) note!: string;
  @Field(() => String) source!: string;
}

@ObjectType('DirectoryScopeGap', { simpleResolvers: true, description: 'internal: a gap, or a covered link, a report states' })
@Directive('@shareable')
@Directive('@inaccessible')
export class DirectoryScopeGapRow {
  @Field(() => String) chainCode!: string;
  @Field(() => String) linkCode!: string;
  @Field(() => String) note!: string;
  @Field(() => String) source!: string;
}
