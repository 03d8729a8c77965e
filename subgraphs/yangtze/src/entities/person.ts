import { Entity } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Restricted } from '../../../kit/auth/decorators';
import { Provenance } from '../../../kit/value-types';

@ObjectType('YangtzePersonRole', { description: '职务 — a title a person holds in an organisation.' })
export class PersonRole {
  @Field(() => String, { description: '职务 — title.' }) title!: string;
  @Field(() => String, { nullable: true, description: '单位 — organisation.' }) organisationName?: string | null;
}

@ObjectType('YangtzePerson', { description: '人员 — an official, liaison, initiator or firm leader named in the report. Quotes are not public.' })
@Entity({ tableName: 'person' })
export class Person {
  @KeyColumn('人员编号 — stable key.') key!: string;
  @TextColumn('姓名 — name.') name!: string;
  @JsonColumn(() => [PersonRole], '职务 — roles.') roles!: PersonRole[];
  @Restricted() @TextColumn('发言 — what the person told the reporter (non-public).', { length: 4000, nullable: true }) quote?: string | null;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
