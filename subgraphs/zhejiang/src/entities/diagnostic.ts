import { Entity, Index } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { HiddenColumn, JsonColumn, KeyColumn, TextColumn } from '../../../kit/columns';
import { Restricted } from '../../../kit/auth/decorators';
import { Provenance, ReportedDate, StatedFigure } from '../../../kit/value-types';

@ObjectType('ZhejiangDiagnosticCampaign', { description: '数字化帮扶诊断 — an industrial county\'s management-diagnosis campaign for its partner\'s firms.' })
@Entity({ tableName: 'diagnostic_campaign' })
export class DiagnosticCampaign {
  @KeyColumn('诊断编号 — stable key.') key!: string;
  @TextColumn('方法 — method (精益管理诊断).') method!: string;
  @TextColumn('实施方 — who diagnoses (专业团队).') provider!: string;
  @TextColumn('对象所在地 — GB/T 2260 code of the county whose firms are diagnosed.', { length: 6 }) targetAreaCode!: string;
  @JsonColumn(() => ReportedDate, '起始 — since when.') since!: ReportedDate;
  @JsonColumn(() => ReportedDate, '截至 — as of ("截至上半年").') asOf!: ReportedDate;
  @JsonColumn(() => StatedFigure, '完成诊断 — firms diagnosed.') diagnosedFirms!: StatedFigure;
  @JsonColumn(() => StatedFigure, '完成预诊断 — firms pre-diagnosed.') preDiagnosedFirms!: StatedFigure;
  @JsonColumn(() => StatedFigure, '标杆建设 — firms that carried out a benchmark project ("其中": the report does not say of which group).') benchmarkProjectFirms!: StatedFigure;
  @TextColumn('标杆项目 — name of the benchmark project.') benchmarkProjectName!: string;
  @JsonColumn(() => [String], '成效 — gains "多家企业" achieved, in the report\'s words.') reportedGains!: string[];
  @HiddenColumn('string') @Index() pairingKey!: string;
  @HiddenColumn('string') fundingKey!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}

@ObjectType('ZhejiangDiagnosticOutcome', { description: '诊断成效 — one firm\'s quantified result of a diagnosis campaign; the firm\'s own figures are non-public.' })
@Entity({ tableName: 'diagnostic_outcome' })
export class DiagnosticOutcome {
  @KeyColumn('成效编号 — stable key.') key!: string;
  @TextColumn('项目 — the firm\'s project (精益运营管理项目).') projectName!: string;
  @TextColumn('前提 — condition as stated.') condition!: string;
  @Restricted() @JsonColumn(() => StatedFigure, '销量提升 — sales volume increase.') salesVolumeIncrease!: StatedFigure;
  @Restricted() @JsonColumn(() => StatedFigure, '产出量提升 — output increase.') outputIncrease!: StatedFigure;
  @Restricted() @JsonColumn(() => StatedFigure, '合格率(前) — product pass rate before.') passRateBefore!: StatedFigure;
  @Restricted() @JsonColumn(() => StatedFigure, '合格率(后) — product pass rate after.') passRateAfter!: StatedFigure;
  @TextColumn('结果 — result as stated.', { length: 500 }) result!: string;
  @HiddenColumn('string') @Index() campaignKey!: string;
  @HiddenColumn('string') firmKey!: string;
  @HiddenColumn('string') spokespersonKey!: string;
  @JsonColumn(() => Provenance, '出处 — source report.') provenance!: Provenance;
}
