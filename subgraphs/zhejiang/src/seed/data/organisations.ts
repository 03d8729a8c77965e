// Zhejiang organisations named by the report: provincial departments, county bureaus and their units,
// an industry association, a development zone and a fund cluster (firms are in firms.ts).
// Source: 004_40e4ab73a9e6f876.txt. `originalName` is the name exactly as the report writes it.

import { SOURCE, type AreaCode, type Sourced } from './types';

export type OrganisationKind =
  | 'provincial-department'
  | 'provincial-agency'
  | 'county-bureau'
  | 'bureau-unit'
  | 'industry-association'
  | 'development-zone'
  | 'fund-cluster';

export interface ZjOrganisation extends Sourced {
  key: string;
  originalName: string;
  kind: OrganisationKind;
  areaCode: AreaCode;
  /** The body a unit belongs to ("省经信厅投资处" → 投资处 under 省经信厅). */
  parentKey?: string;
  /** What the report says the organisation does in the programme (verbatim phrases). */
  roles: readonly string[];
}

export const organisations = [
  {
    key: 'zj-finance-department',
    originalName: '省财政厅',
    kind: 'provincial-department',
    areaCode: '330000', // 浙江省
    roles: ['每年安排18亿元,择优支持18个工业大县与18个山区县'],
    source: SOURCE,
    evidence: '2023年至2025年,省财政厅每年安排18亿元',
  },
  {
    key: 'zj-economy-it-department',
    originalName: '省经信厅',
    kind: 'provincial-department',
    areaCode: '330000', // 浙江省
    roles: ['明确定下六大赛道', '2023年省经信厅发布的浙江制造业高质量发展结对名单'],
    source: SOURCE,
    evidence: '在具体操作上,省经信厅明确定下六大赛道',
  },
  {
    key: 'zj-economy-it-department-investment-division',
    originalName: '投资处',
    kind: 'bureau-unit',
    areaCode: '330000', // 浙江省
    parentKey: 'zj-economy-it-department',
    roles: [],
    source: SOURCE,
    evidence: '省经信厅投资处一级调研员陈昌杰',
  },
  {
    key: 'zj-industry-development-center',
    originalName: '省产业发展中心',
    kind: 'provincial-agency',
    areaCode: '330000', // 浙江省
    roles: [],
    source: SOURCE,
    evidence: '省产业发展中心副主任朱国平',
  },
  {
    key: 'yiwu-economy-it-bureau',
    originalName: '义乌市经信局',
    kind: 'county-bureau',
    areaCode: '330782', // 义乌市
    roles: [],
    source: SOURCE,
    evidence: '义乌市经信局局长朱金弟',
  },
  {
    key: 'liandu-economy-it-bureau',
    originalName: '丽水市莲都区经信局',
    kind: 'county-bureau',
    areaCode: '331102', // 莲都区
    roles: [],
    source: SOURCE,
    evidence: '最让丽水市莲都区经信局工作人员开心的是,环龙新材料项目一期成功实现竣工投产',
  },
  {
    key: 'jingning-economy-commerce-science-bureau',
    originalName: '景宁经济商务科技局',
    kind: 'county-bureau',
    areaCode: '331127', // 景宁畲族自治县
    roles: [],
    source: SOURCE,
    evidence: '景宁经济商务科技局副局长张海分析',
  },
  {
    key: 'tiantai-economy-it-commerce-bureau',
    originalName: '天台县经济信息化和商务局',
    kind: 'county-bureau',
    areaCode: '331023', // 天台县
    roles: [],
    source: SOURCE,
    evidence: '天台县经济信息化和商务局投资与科技创新科叶伟康表示',
  },
  {
    key: 'tiantai-investment-innovation-section',
    originalName: '投资与科技创新科',
    kind: 'bureau-unit',
    areaCode: '331023', // 天台县
    parentKey: 'tiantai-economy-it-commerce-bureau',
    roles: [],
    source: SOURCE,
    evidence: '天台县经济信息化和商务局投资与科技创新科叶伟康',
  },
  {
    key: 'nanhu-economy-it-commerce-bureau',
    originalName: '南湖区经信商务局',
    kind: 'county-bureau',
    areaCode: '330402', // 南湖区
    roles: ['遂昌县派驻在南湖区经信商务局的挂职干部'],
    source: SOURCE,
    evidence: '遂昌县派驻在南湖区经信商务局的挂职干部张洋',
  },
  {
    key: 'changshan-economy-it-bureau',
    originalName: '常山县经信局',
    kind: 'county-bureau',
    areaCode: '330822', // 常山县
    roles: [],
    source: SOURCE,
    evidence: '常山县经信局产业投资科副科长吕薇',
  },
  {
    key: 'changshan-industrial-investment-section',
    originalName: '产业投资科',
    kind: 'bureau-unit',
    areaCode: '330822', // 常山县
    parentKey: 'changshan-economy-it-bureau',
    roles: [],
    source: SOURCE,
    evidence: '常山县经信局产业投资科副科长吕薇',
  },
  {
    key: 'tongxiang-economy-it-bureau',
    originalName: '桐乡经信局',
    kind: 'county-bureau',
    areaCode: '330483', // 桐乡市
    roles: [],
    source: SOURCE,
    evidence: '桐乡经信局数字经济发展促进中心主任朱杰云',
  },
  {
    key: 'tongxiang-digital-economy-promotion-center',
    originalName: '数字经济发展促进中心',
    kind: 'bureau-unit',
    areaCode: '330483', // 桐乡市
    parentKey: 'tongxiang-economy-it-bureau',
    roles: ['正在筹办的2024“直通乌镇”全球互联网大赛数字共富专题赛'],
    source: SOURCE,
    evidence: '他们目前正在筹办的2024“直通乌镇”全球互联网大赛数字共富专题赛',
  },
  {
    key: 'tiantai-industrial-fabric-association',
    originalName: '天台县产业用布协会',
    kind: 'industry-association',
    areaCode: '331023', // 天台县
    roles: ['与桐乡巨石、新凤鸣等企业产业链上下游深入对接合作'],
    source: SOURCE,
    evidence: '桐乡推动天台县产业用布协会与桐乡巨石、新凤鸣等企业产业链上下游深入对接合作',
  },
  {
    key: 'suichang-economic-development-zone',
    originalName: '遂昌经开区',
    kind: 'development-zone',
    areaCode: '331123', // 遂昌县
    roles: ['南湖和遂昌两地经信部门联合遂昌经开区,组织了10家化工企业开展产业链上下游洽谈对接会'],
    source: SOURCE,
    evidence: '南湖和遂昌两地经信部门联合遂昌经开区,组织了10家化工企业',
  },
  {
    key: 'nanhu-fund-town',
    originalName: '南湖基金小镇',
    kind: 'fund-cluster',
    areaCode: '330402', // 南湖区
    roles: ['一批基金募投合作项目在遂昌开花结果'],
    source: SOURCE,
    evidence: '得益于南湖基金小镇优势,一批基金募投合作项目在遂昌开花结果',
  },
] as const satisfies readonly ZjOrganisation[];

export type OrganisationKey = (typeof organisations)[number]['key'];
