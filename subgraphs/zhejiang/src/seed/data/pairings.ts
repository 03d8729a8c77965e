// Pairings (结对联合体): one industrial county with one mountain county, formed in 2023.
// Only the 8 pairings the report names (it states 18); reasons and observations are in the report's words.
// Source: 004_40e4ab73a9e6f876.txt.

import type { CountyKey } from './counties';
import type { ProgrammeKey } from './programme';
import { SOURCE, type Sourced } from './types';

export interface ZjPairing extends Sourced {
  key: string;
  programmeKey: ProgrammeKey;
  industrialCountyKey: CountyKey;
  mountainCountyKey: CountyKey;
  /** Year the pairing was formed: "去年……等18个工业大县和18个山区县,组成了结对联合体" (article dated 2024). */
  year: 2023;
  /** 'explicit': the report says the two counties are paired;
   *  'contextual': the report shows them acting as a pair (joint park, agreement, investment zone) in a
   *  passage about the pairings, without the word 结对. */
  pairingStatement: 'explicit' | 'contextual';
  /** Why the two counties paired, as the report gives it. */
  reasons: readonly string[];
  /** What the report says the partners observed from the cooperation. */
  observations: readonly string[];
}

const YEAR_EVIDENCE = '去年乐清和景宁、长兴和常山、桐乡和天台、义乌和莲都等18个工业大县和18个山区县,组成了结对联合体';

export const pairings = [
  {
    key: 'yueqing-jingning',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    industrialCountyKey: 'yueqing',
    mountainCountyKey: 'jingning',
    year: 2023,
    pairingStatement: 'explicit',
    reasons: [
      '与他们结对的工业大县乐清,具备“带飞”的实力',
      '乐清有国家级产业集群优势,主导产业中电气产业占规上工业比重52.1%,已形成了完整的电气产业链',
      '景宁……正处于积极承接省内产业梯度转移的阶段',
      '景宁电气产业占规上工业产值比重为25%,如果能搭上乐清的快车,对他们打造百亿级产业,大有裨益',
    ],
    observations: [
      '景宁、乐清两地合作是一个相互了解和沉淀的过程',
      '能主动承接产业外溢固然很好,但更重要的是眼界的开拓和思路的转变',
      '在和乐清合作的过程中,他们的思路逐渐打开',
      '乐清的智能化生产车间,让他们看到了产业发展的更多可能性,不少景宁企业当即表示要对标学习',
    ],
    source: SOURCE,
    evidence: YEAR_EVIDENCE,
  },
  {
    key: 'changxing-changshan',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    industrialCountyKey: 'changxing',
    mountainCountyKey: 'changshan',
    year: 2023,
    pairingStatement: 'explicit',
    reasons: ['长兴和常山,都和“矿”有着不解之缘'],
    observations: [
      '和长兴的合作并非简单的落地产业,而是要借助长兴采矿企业的“先走一步”——高新技术,来实现纳米级钙的开发,不断提高产业发展层次',
    ],
    source: SOURCE,
    evidence: YEAR_EVIDENCE,
  },
  {
    key: 'tongxiang-tiantai',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    industrialCountyKey: 'tongxiang',
    mountainCountyKey: 'tiantai',
    year: 2023,
    pairingStatement: 'explicit',
    reasons: [
      '前者有合众新能源整车企业,后者有银轮机械等众多汽车零部件企业',
      '产业链上的互补空间,让双方有了天然的吸引力',
      '在结对时,他们就瞄准了桐乡桐昆、合众新能源等龙头企业',
      '我们希望多引入一些链主企业,来整合带动天台低散供应链',
    ],
    observations: ['桐乡,在用自身特色为天台链接资源'],
    source: SOURCE,
    evidence: YEAR_EVIDENCE,
  },
  {
    key: 'yiwu-liandu',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    industrialCountyKey: 'yiwu',
    mountainCountyKey: 'liandu',
    year: 2023,
    pairingStatement: 'explicit',
    reasons: [
      '工业大县普遍存在资源要素不足的困境,对山区县来说是一次机会',
      '考虑到义乌用地指标、能耗指标等紧张,莲都区指标相对宽裕、政策优厚',
      '在对项目进行过可行性论证后,两地经信部门一拍即合',
    ],
    observations: ['这一新兴产业项目落地生根,得益于和义乌结对'],
    source: SOURCE,
    evidence: YEAR_EVIDENCE,
  },
  {
    key: 'nanhu-suichang',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    industrialCountyKey: 'nanhu',
    mountainCountyKey: 'suichang',
    year: 2023,
    pairingStatement: 'explicit',
    reasons: [
      '在得到消息后,双方很快结对成功',
      '在山海协作工程中,双方已经合作多年,有感情基础',
      '南湖正深化基金招商,山区县的一些大项目、好项目,也打开了他们投资的新视野',
    ],
    observations: [
      '工业大县企业的高质量发展理念和挺进产业链中高端的要求,也在倒逼山区县企业加速跳出“舒适圈”,扩大“朋友圈”',
    ],
    source: SOURCE,
    evidence: '比如南湖区和遂昌县,在得到消息后,双方很快结对成功',
  },
  {
    key: 'binjiang-taishun',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    industrialCountyKey: 'binjiang',
    mountainCountyKey: 'taishun',
    year: 2023,
    pairingStatement: 'contextual',
    reasons: [],
    observations: [],
    source: SOURCE,
    evidence: '杭州市滨江区与泰顺县合力打造滨泰共富数字经济产业园',
  },
  {
    key: 'jiashan-qingyuan',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    industrialCountyKey: 'jiashan',
    mountainCountyKey: 'qingyuan',
    year: 2023,
    pairingStatement: 'contextual',
    reasons: [],
    observations: [],
    source: SOURCE,
    evidence: '嘉善与庆元签订了《嘉善—庆元招商引才服务协议》',
  },
  {
    key: 'deqing-jinyun',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    industrialCountyKey: 'deqing',
    mountainCountyKey: 'jinyun',
    year: 2023,
    pairingStatement: 'contextual',
    reasons: [],
    observations: [],
    source: SOURCE,
    evidence: '德清在产业精准招商地图系统中开辟了缙云招商专区,实现一码双引、共同招商',
  },
] as const satisfies readonly ZjPairing[];

export type PairingKey = (typeof pairings)[number]['key'];
