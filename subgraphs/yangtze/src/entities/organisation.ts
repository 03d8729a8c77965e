import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { ChainPlacementView, Provenance } from '../../../kit/value-types';

@ObjectType('YangtzeOrganisation', { description: '企业与院校 — a firm or university the report names.' })
@Entity({ tableName: 'organisation' })
export class Organisation {
  @KeyColumn('单位编号 — stable key.') key!: string;
  // Indexed: Firm.yangtze and the firm 360 look organisations up by credit code.
  @HiddenColumn('string', { length: 18 }) @Index() uscc!: string;
  @TextColumn('名称 — name.') name!: string;
  @TextColumn('原名 — name as the report writes it.') originalName!: string;
  @TextColumn('类型 — enterprise or university.') orgType!: string;
  @TextColumn('所在地 — GB/T 2260 code.', { length: 6 }) areaCode!: string;
  @TextColumn('所在地依据 — how the area is known (name-prefix: from the place name in the legal name).', { nullable: true }) areaBasis?: string | null;
  @JsonColumn(() => [String], '产业链 — local chain names.') localChainNames!: string[];
  /** Every chain the report places it in (kit ChainPlacementView); exposed by OrganisationResolver.chainPlacements. */
  @HiddenColumn('json', { nullable: true }) chainPlacements?: ChainPlacementView[] | null;
  @TextColumn('事迹 — what the report says it made or did.', { length: 1000, nullable: true }) activity?: string | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
