import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BoolColumn, HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Restricted } from '../../../kit/auth/decorators';
import { Provenance } from '../../../kit/value-types';
import { RecordRef } from './values';

@Restricted()
@ObjectType('TianjinPerson', { description: '人员 — an official, firm executive, academician or journalist named in the reports. Real people: not public.' })
@Entity({ tableName: 'person' })
export class Person {
  @KeyColumn('人员编号 — stable key.') key!: string;
  @TextColumn('姓名 — name (Simplified).') name!: string;
  @TextColumn('原名 — name as the report writes it.') originalName!: string;
  @TextColumn('类型 — official, firm-executive, academician or journalist.') kind!: string;
  @TextColumn('职务 — role or title exactly as stated.', { length: 500 }) role!: string;
  @JsonColumn(() => RecordRef, '单位 — organisation, where it is a record.', { nullable: true }) organisation?: RecordRef | null;
  @HiddenColumn('string', { nullable: true }) @Index() organisationKey?: string | null;
  @TextColumn('单位原文 — organisation in the report\'s words where it is not a record.', { nullable: true }) organisationText?: string | null;
  @BoolColumn('被引述 — the report quotes the person.') quoted!: boolean;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
