import { Entity, Index, PrimaryKeyProp } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance } from '../../../kit/value-types';

@ObjectType('ZhejiangFirm', { description: '企业 — a firm the report names, with the county it sits in and the chain it serves.' })
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
  @TextColumn('产业链 — local chain name: as the report ties it to the firm, or the chain the named link implies (整车 → 新能源整车).', { nullable: true }) localChainName?: string | null;
  @TextColumn('链名依据 — stated (the report names the chain), link (implied by the link it names) or name (implied by the trade its name or description states, e.g. 宇恒电池); null without a chain.', { nullable: true }) chainBasis?: string | null;
  @JsonColumn(() => [String], '环节 — links the report says the firm serves, in its words.') localLinkNames!: string[];
  @TextColumn('产业链代码 — canonical chain code (NEV, RUBBER_PLASTICS…).', { length: 40, nullable: true }) @Index() chainCode?: string | null;
  @TextColumn('描述 — how the report characterises the firm.', { length: 500, nullable: true }) description?: string | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
