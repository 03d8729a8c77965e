import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance } from '../../../kit/value-types';

@ObjectType('ZhejiangOrganisation', { description: '机构 — a department, bureau, unit, association, development zone or fund cluster the report names.' })
@Entity({ tableName: 'organisation' })
export class Organisation {
  @KeyColumn('机构编号 — stable key.') key!: string;
  @TextColumn('名称 — name as the report writes it.') name!: string;
  @TextColumn('全称 — name with the bodies it belongs to (省经信厅投资处).') fullName!: string;
  @TextColumn('类型 — provincial-department, provincial-agency, county-bureau, bureau-unit, industry-association, development-zone or fund-cluster.') kind!: string;
  @TextColumn('所在地 — GB/T 2260 code.', { length: 6 }) areaCode!: string;
  @JsonColumn(() => [String], '职能 — what it does in the programme, in the report\'s words.') roles!: string[];
  @HiddenColumn('string', { nullable: true }) parentKey?: string | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
