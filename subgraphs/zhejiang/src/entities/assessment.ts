import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BoolColumn, HiddenColumn, IntColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Restricted } from '../../../kit/auth/decorators';
import { Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';
import { CountyResult } from './values';

@ObjectType('ZhejiangAssessment', { description: '年度考核评价 — the annual assessment of the pairings under the programme.' })
@Entity({ tableName: 'assessment' })
export class Assessment {
  @KeyColumn('考核编号 — stable key.') key!: string;
  @IntColumn('考核年度 — the year assessed.') assessmentYear!: number;
  @TextColumn('结果 — result code (all-passed).') result!: string;
  @BoolColumn('全部及格 — every county passed.') allPassed!: boolean;
  @TextColumn('结果原文 — the result as stated.') resultText!: string;
  @TextColumn('评价 — the finding as stated.', { length: 500 }) finding!: string;
  @JsonColumn(() => StatedFigure, '工业大县 — industrial counties assessed.') industrialCountyCount!: StatedFigure;
  @JsonColumn(() => StatedFigure, '山区县 — mountain counties assessed.') mountainCountyCount!: StatedFigure;
  @JsonColumn(() => ReportedDate, '成绩单时间 — when the counties received the results ("日前").') resultsReceived!: ReportedDate;
  @Restricted() @JsonColumn(() => [CountyResult], '各县结果 — each county\'s score and grade, where recorded here (non-public figures).', { nullable: true }) countyResults?: CountyResult[] | null;
  @HiddenColumn('string') @Index() programmeKey!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
