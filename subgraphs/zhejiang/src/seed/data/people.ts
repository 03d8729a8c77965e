// People the report quotes or names (officials, a firm manager, a seconded cadre), with role and organisation.
// These are real people named in a press report: the API must expose them only as non-public fields.
// Source: 004_40e4ab73a9e6f876.txt. `quotes` are excerpts of what the report quotes or attributes to them.

import type { FirmKey } from './firms';
import type { OrganisationKey } from './organisations';
import { SOURCE, type AreaCode, type Sourced } from './types';

export interface ZjPerson extends Sourced {
  key: string;
  name: string;
  /** Title as stated; unset where the report gives none. */
  title?: string;
  /** Full role phrase as the report writes it. */
  roleText: string;
  orgKey?: OrganisationKey;
  firmKey?: FirmKey;
  areaCode: AreaCode;
  /** Area the person is posted from, for seconded cadres (挂职干部). */
  homeAreaCode?: AreaCode;
  /** Direct quotes, or (for 陈昌杰's 相亲 comparison) what the report attributes to the person. */
  quotes: readonly string[];
}

export const people = [
  {
    key: 'chen-changjie',
    name: '陈昌杰',
    title: '一级调研员',
    roleText: '省经信厅投资处一级调研员',
    orgKey: 'zj-economy-it-department-investment-division',
    areaCode: '330000', // 浙江省
    quotes: [
      '我们的目标只有一个,通过产业帮扶,让山区县找到自己发展的根。',
      '把这一过程比作“相亲”,不是强制任务,而是要双方自由结合,确认过眼神',
    ],
    source: SOURCE,
    evidence: '省经信厅投资处一级调研员陈昌杰表示',
  },
  {
    key: 'zhu-guoping',
    name: '朱国平',
    title: '副主任',
    roleText: '省产业发展中心副主任',
    orgKey: 'zj-industry-development-center',
    areaCode: '330000', // 浙江省
    quotes: [
      '因此结对合作更加强调向山区县飞入,更加突出以产业协作为纽带,这也是本轮制造业高质量发展结对促共富示范创建工作的生命力所在。',
    ],
    source: SOURCE,
    evidence: '省产业发展中心副主任朱国平表示',
  },
  {
    key: 'zhu-jindi',
    name: '朱金弟',
    title: '局长',
    roleText: '义乌市经信局局长',
    orgKey: 'yiwu-economy-it-bureau',
    areaCode: '330782', // 义乌市
    quotes: ['工业大县普遍存在资源要素不足的困境,对山区县来说是一次机会。'],
    source: SOURCE,
    evidence: '义乌市经信局局长朱金弟以自身作比',
  },
  {
    key: 'zhang-hai',
    name: '张海',
    title: '副局长',
    roleText: '景宁经济商务科技局副局长',
    orgKey: 'jingning-economy-commerce-science-bureau',
    areaCode: '331127', // 景宁畲族自治县
    quotes: [
      '不能局限于县域内的产业链发展,而应积极参与以温州为核心的全省第三极生态产业链、供应链、创新链的分工。',
      '榜样的力量是无穷大的。',
    ],
    source: SOURCE,
    evidence: '景宁经济商务科技局副局长张海分析',
  },
  {
    key: 'ye-weikang',
    name: '叶伟康',
    roleText: '天台县经济信息化和商务局投资与科技创新科',
    orgKey: 'tiantai-investment-innovation-section',
    areaCode: '331023', // 天台县
    quotes: ['我们希望多引入一些链主企业,来整合带动天台低散供应链。'],
    source: SOURCE,
    evidence: '天台县经济信息化和商务局投资与科技创新科叶伟康表示',
  },
  {
    key: 'feng-jie',
    name: '冯杰',
    title: '总经理',
    roleText: '位于遂昌的浙江双彩新材料有限公司总经理',
    firmKey: 'shuangcai-new-materials',
    areaCode: '331123', // 遂昌县
    quotes: [
      '在没有增加设备和人员的前提下,我们的销量和产出量分别提升25.49%和111.3%,产品合格率从65.2%提升到99%以上。',
    ],
    source: SOURCE,
    evidence: '位于遂昌的浙江双彩新材料有限公司总经理冯杰表示',
  },
  {
    key: 'zhang-yang',
    name: '张洋',
    title: '挂职干部',
    roleText: '遂昌县派驻在南湖区经信商务局的挂职干部',
    orgKey: 'nanhu-economy-it-commerce-bureau',
    areaCode: '330402', // 南湖区 (posted to)
    homeAreaCode: '331123', // 遂昌县 (posted from)
    quotes: [],
    source: SOURCE,
    evidence: '遂昌县派驻在南湖区经信商务局的挂职干部张洋收到了一张照片',
  },
  {
    key: 'lyu-wei',
    name: '吕薇',
    title: '副科长',
    roleText: '常山县经信局产业投资科副科长',
    orgKey: 'changshan-industrial-investment-section',
    areaCode: '330822', // 常山县
    quotes: ['工业大县是学习的榜样,也是山区县借梯登高、走向外面的窗口。'],
    source: SOURCE,
    evidence: '和长兴打交道一年多,常山县经信局产业投资科副科长吕薇颇有心得',
  },
  {
    key: 'zhu-jieyun',
    name: '朱杰云',
    title: '主任',
    roleText: '桐乡经信局数字经济发展促进中心主任',
    orgKey: 'tongxiang-digital-economy-promotion-center',
    areaCode: '330483', // 桐乡市
    quotes: [],
    source: SOURCE,
    evidence: '桐乡经信局数字经济发展促进中心主任朱杰云告诉记者',
  },
] as const satisfies readonly ZjPerson[];

export type PersonKey = (typeof people)[number]['key'];
