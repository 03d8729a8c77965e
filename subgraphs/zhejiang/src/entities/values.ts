/** Value types the Zhejiang records carry in JSON columns: the report's own structures, typed. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ReportedDate, StatedFigure } from '../../../kit/value-types';

@ObjectType('ZhejiangMilestone', { description: '进展 — a dated step of a project, in the report\'s words.' })
export class Milestone {
  @Field(() => String, { description: '事件 — what happened or is expected.' }) event!: string;
  @Field(() => ReportedDate, { description: '时间 — when, as stated ("今年5月").' }) date!: ReportedDate;
}

@ObjectType('ZhejiangCountyResult', { description: '县考核结果 — one county\'s score and grade in an annual assessment (not public).' })
export class CountyResult {
  @Field(() => String, { description: '县编号 — the county\'s key.' }) countyKey!: string;
  @Field(() => Float, { description: '得分 — score, 0 to 100.' }) score!: number;
  @Field(() => String, { description: '等次 — 优秀, 良好, 合格 or 不合格.' }) grade!: string;
}

@ObjectType('ZhejiangHonour', { description: '荣誉 — an honour a county received.' })
export class Honour {
  @Field(() => String, { description: '名称 — name of the honour (浙江制造天工鼎).' }) name!: string;
  @Field(() => String, { description: '原文 — the report\'s wording.' }) statedText!: string;
  @Field(() => ReportedDate, { description: '时间 — when it was received.' }) date!: ReportedDate;
}

@ObjectType('ZhejiangCountyStrategy', { description: '发展路径 — the development path a county\'s officials describe.' })
export class CountyStrategy {
  @Field(() => String, { description: '原文 — the path as stated.' }) statedText!: string;
  @Field(() => [String], { description: '要点 — its elements (产业链协同, 多元化方向, 错位式发展).' }) path!: string[];
  @Field(() => String, { nullable: true, description: '核心城市 — GB/T 2260 code of the city the county\'s chains orient to (温州市).' }) coreCityAreaCode?: string | null;
}

@ObjectType('ZhejiangPairingList', { description: '结对名单 — the published list of pairings the report cites as its data source.' })
export class PairingList {
  @Field(() => String, { description: '名称 — name of the list.' }) name!: string;
  @Field(() => Int, { description: '年份 — year of publication.' }) year!: number;
  @Field(() => String, { description: '发布单位 — the publishing department as the report names it.' }) publisherName!: string;
  @Field(() => String, { description: '原文 — the report\'s wording.' }) statedText!: string;
}

@ObjectType('ZhejiangPrecedent', { description: '以往做法 — earlier practice the report compares the programme with.' })
export class Precedent {
  @Field(() => String, { description: '名称 — name (产业飞地, 山海协作工程).' }) name!: string;
  @Field(() => String, { description: '原文 — what the report says of it.' }) statedText!: string;
}

@ObjectType('ZhejiangParkCoverage', { description: '园区覆盖 — how many pairings have co-built a cooperation park, as of a date.' })
export class ParkCoverage {
  @Field(() => StatedFigure, { description: '共建园区的结对联合体 — pairings with a co-built park.' }) pairingsWithPark!: StatedFigure;
  @Field(() => Boolean, { description: '全覆盖 — every pairing has one.' }) fullCoverage!: boolean;
  @Field(() => ReportedDate, { description: '截至 — as of ("截至今年6月").' }) asOf!: ReportedDate;
  @Field(() => String, { description: '原文 — the report\'s wording.' }) statedText!: string;
}
