import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Restricted } from '../../../kit/auth/decorators';
import { Provenance } from '../../../kit/value-types';

@ObjectType('ZhejiangPerson', { description: '人员 — an official, firm manager or seconded cadre named in the report. Quotes are not public.' })
@Entity({ tableName: 'person' })
export class Person {
  @KeyColumn('人员编号 — stable key.') key!: string;
  @TextColumn('姓名 — name.') name!: string;
  @TextColumn('职务 — title, where stated.', { nullable: true }) title?: string | null;
  @TextColumn('身份 — the full role phrase as the report writes it.', { length: 500 }) roleText!: string;
  @TextColumn('所在地 — GB/T 2260 code of where the person works.', { length: 6 }) areaCode!: string;
  @TextColumn('派出地 — GB/T 2260 code of the county a seconded cadre comes from.', { length: 6, nullable: true }) homeAreaCode?: string | null;
  @Restricted() @JsonColumn(() => [String], '发言 — what the report quotes the person as saying (non-public).') quotes!: string[];
  @HiddenColumn('string', { nullable: true }) @Index() orgKey?: string | null;
  @HiddenColumn('string', { nullable: true }) firmKey?: string | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
