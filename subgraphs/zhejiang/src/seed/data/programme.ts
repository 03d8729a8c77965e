// The Zhejiang pairing programme: 18 industrial counties x 18 mountain counties, 2023-2025, 18亿元 a year
// from the provincial finance department, and the programme-wide figures the report states.
// Source: 004_40e4ab73a9e6f876.txt. Counts the report states without listing all items are kept as counts.

import type { OrganisationKey } from './organisations';
import { SOURCE, type AreaCode, type Figure, type Sourced, type StatedAmount, type StatedCount, type StatedDate } from './types';

export interface ZjProgramme extends Sourced {
  key: string;
  /** The report calls this round "本轮制造业高质量发展结对促共富示范创建工作". */
  originalName: string;
  areaCode: AreaCode;
  startYear: number;
  endYear: number;
  periodText: string;
  funding: {
    funderOrgKey: OrganisationKey;
    amountPerYear: StatedAmount;
    mode: string;
    statedText: string;
  };
  /** The list the report cites as its data source. */
  pairingList: { originalName: string; year: number; publisherOrgKey: OrganisationKey; statedText: string };
  industrialCountyCountStated: StatedCount;
  mountainCountyCountStated: StatedCount;
  /** "18个结对联合体"; only the pairings the report names are in pairings.ts. */
  pairingCountStated: StatedCount;
  /** How pairs were formed, in the report's words. */
  formation: readonly string[];
  tracksDefinedByOrgKey: OrganisationKey;
  goals: readonly string[];
  /** What the round emphasises compared with earlier practice. */
  emphasis: readonly string[];
  priority: string;
  /** General observations the report makes about the pairings, in its words. */
  observations: readonly string[];
  /** How the report characterises each county kind. */
  kindDescriptions: { industrial: string; mountain: string };
  /** Earlier practice the report compares this round with. */
  precedents: readonly { name: string; statedText: string }[];
  figures: readonly Figure[];
  /** "截至今年6月,浙江已经实现18个结对联合体共建产业合作园区全覆盖". */
  parkCoverage: { pairingsWithParkCountStated: StatedCount; fullCoverage: true; asOf: StatedDate; statedText: string };
}

export const programmes = [
  {
    key: 'zj-manufacturing-pairing-2023-2025',
    originalName: '制造业高质量发展结对促共富示范创建工作',
    areaCode: '330000', // 浙江省
    startYear: 2023,
    endYear: 2025,
    periodText: '2023年至2025年',
    funding: {
      funderOrgKey: 'zj-finance-department',
      amountPerYear: { value: 18, unit: '亿元' },
      mode: '择优支持',
      statedText: '2023年至2025年,省财政厅每年安排18亿元,择优支持18个工业大县与18个山区县',
    },
    pairingList: {
      originalName: '浙江制造业高质量发展结对名单',
      year: 2023,
      publisherOrgKey: 'zj-economy-it-department',
      statedText: '资料来源:2023年省经信厅发布的浙江制造业高质量发展结对名单',
    },
    industrialCountyCountStated: { value: 18, unit: '个' },
    mountainCountyCountStated: { value: 18, unit: '个' },
    pairingCountStated: { value: 18, unit: '个' },
    formation: [
      '以产业协作为纽带,“一对一”自由组建联合体',
      '不是强制任务,而是要双方自由结合',
      '经过一番竞争性遴选',
      '去年……18个工业大县和18个山区县,组成了结对联合体',
    ],
    tracksDefinedByOrgKey: 'zj-economy-it-department',
    goals: [
      '做大制造业高质量发展“蛋糕”',
      '合力探索产业促共富',
      '提升山区县造血能力',
      '通过产业帮扶,让山区县找到自己发展的根',
    ],
    emphasis: ['更加强调向山区县飞入', '更加突出以产业协作为纽带'],
    priority: '其中,产业是重中之重',
    observations: [
      '走访中,山区县企业最直接的获得感是数字化帮扶',
      '无论是产业发展还是数字化转型,工业大县都曾有过相似经历,以“过来县”的经验开展帮扶,有针对性,也更有发言权',
      '工业大县企业的高质量发展理念和挺进产业链中高端的要求,也在倒逼山区县企业加速跳出“舒适圈”,扩大“朋友圈”,不断强化企业竞争力',
      '从产业基础看,山区县多为传统产业,未来要想弯道超车,势必要有布局战略性新兴产业的眼光和打算',
      '借助工业大县的资源和招商信息,越来越多山区县可以踮起脚,为自己争取更多高端要素',
    ],
    kindDescriptions: {
      industrial: '工业大县,无论是经济规模还是产业基础,在全省县(市、区)中都是佼佼者',
      mountain: '山区县,则是浙江经济高质量发展的潜力所在',
    },
    precedents: [
      {
        name: '产业飞地',
        statedText: '以往的“产业飞地”发挥了很大的作用,但是,设在发达地区,难以给当地带来更大的就业、消费以及观念转变、基础设施改善等综合效益',
      },
      { name: '山海协作工程', statedText: '在山海协作工程中,双方已经合作多年,有感情基础' },
    ],
    figures: [
      {
        kind: 'amount',
        metric: '18个山区县制造业投资额',
        statedText: '2023年,18个山区县制造业投资额达到675.9亿元',
        amount: { amount: { value: 675.9, unit: '亿元' } },
        year: 2023,
      },
      {
        kind: 'percent',
        metric: '18个山区县制造业投资额占全省比重',
        statedText: '占全省比重从2022年的8.0%',
        percent: { value: 8.0, unit: '%' },
        year: 2022,
      },
      {
        kind: 'percent',
        metric: '18个山区县制造业投资额占全省比重',
        statedText: '提高到了2023年的9.3%',
        percent: { value: 9.3, unit: '%' },
        year: 2023,
      },
    ],
    parkCoverage: {
      pairingsWithParkCountStated: { value: 18, unit: '个' },
      fullCoverage: true,
      asOf: { text: '截至今年6月', year: 2024, month: 6 },
      statedText: '截至今年6月,浙江已经实现18个结对联合体共建产业合作园区全覆盖',
    },
    source: SOURCE,
    evidence: '2023年至2025年,省财政厅每年安排18亿元,择优支持18个工业大县与18个山区县以产业协作为纽带,“一对一”自由组建联合体',
  },
] as const satisfies readonly ZjProgramme[];

export type ProgrammeKey = (typeof programmes)[number]['key'];
