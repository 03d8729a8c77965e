import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';

@ObjectType('ZhejiangTrainingEvent', { description: '研修培训 — a training a pairing ran for entrepreneurs and officials.' })
@Entity({ tableName: 'training_event' })
export class TrainingEvent {
  @KeyColumn('培训编号 — stable key.') key!: string;
  @TextColumn('名称 — name as stated.') name!: string;
  @TextColumn('主办 — organisers as the report names them.') organiserText!: string;
  @JsonColumn(() => ReportedDate, '时间 — when.') date!: ReportedDate;
  @TextColumn('考察地 — GB/T 2260 code of where participants visited.', { length: 6 }) visitAreaCode!: string;
  @JsonColumn(() => StatedFigure, '参加人数 — participants.') participants!: StatedFigure;
  @TextColumn('参加对象 — who took part.') participantText!: string;
  @TextColumn('授课 — trainers.') trainers!: string;
  @JsonColumn(() => [String], '内容 — activities.') activities!: string[];
  @JsonColumn(() => [String], '后续 — what followed.') followUp!: string[];
  @HiddenColumn('string') @Index() pairingKey!: string;
  @HiddenColumn('json') organiserCountyKeys!: string[];
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
