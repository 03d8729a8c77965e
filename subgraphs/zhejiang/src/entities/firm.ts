import { Entity, Index, PrimaryKeyProp } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { ChainPlacementView, Provenance } from '../../../kit/value-types';

@ObjectType('ZhejiangFirm', { description: '企业 — a firm the report names, with the county it sits in and the chains the report places it in.' })
@Entity({ tableName: 'firm' })
export class Firm {
  [PrimaryKeyProp]?: 'key';
  @KeyColumn('企业编号 — stable key.') key!: string;
  @HiddenColumn('string', { length: 18 }) @Index() uscc!: string;
  @TextColumn('名称 — name (Simplified).') name!: string;
  @TextColumn('原名 — name exactly as the report writes it.') originalName!: string;
  @TextColumn('名称形式 — full-legal (…有限公司 as stated) or as-written (the report names it only this way).') nameForm!: string;
  @TextColumn('简称 — short name the report also uses.', { nullable: true }) shortName?: string | null;
  @TextColumn('所在地 — GB/T 2260 code of its county.', { length: 6 }) @Index() areaCode!: string;
  @TextColumn('产业链 — the first of chainPlacements\' local chain names.', { nullable: true, deprecationReason: 'A firm may sit in several chains: use chainPlacements.' }) localChainName?: string | null;
  @TextColumn('链名依据 — the first of chainPlacements\' bases, in lower case.', { nullable: true, deprecationReason: 'Use chainPlacements { basis evidence }.' }) chainBasis?: string | null;
  @JsonColumn(() => [String], '环节 — every link chainPlacements name, in the report\'s words.') localLinkNames!: string[];
  @TextColumn('产业链代码 — the first of chainPlacements\' canonical chain codes.', { length: 40, nullable: true, deprecationReason: 'Use chainPlacements { chainCode } or industryChains.' }) @Index() chainCode?: string | null;
  /** Every chain the report places the firm in (kit ChainPlacementView); exposed by FirmResolver.chainPlacements. */
  @HiddenColumn('json', { nullable: true }) chainPlacements?: ChainPlacementView[] | null;
  @TextColumn('描述 — how the report characterises the firm.', { length: 500, nullable: true }) description?: string | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
