// Cooperation projects under the pairings: production bases and plants moved to mountain counties,
// supply-chain and matchmaking work, fund investments, firm exchanges, a contest roadshow, a supplier test.
// Source: 004_40e4ab73a9e6f876.txt. Relative dates resolve against the article year 2024 ("去年" = 2023).

import type { FirmKey } from './firms';
import type { OrganisationKey } from './organisations';
import type { PairingKey } from './pairings';
import type { PersonKey } from './people';
import { SOURCE, type AreaCode, type Figure, type Milestone, type Sourced, type TownCode } from './types';

export type ProjectKind =
  | 'production-base'
  | 'plant-relocation'
  | 'supply-chain-matching'
  | 'matchmaking-meeting'
  | 'fund-investment'
  | 'enterprise-exchange'
  | 'contest-roadshow'
  | 'supplier-test';

export interface ZjProject extends Sourced {
  key: string;
  kind: ProjectKind;
  /** Name as the report writes it, where the project has one. */
  originalName?: string;
  /** One-line summary, verbatim from the report. */
  summary: string;
  pairingKey: PairingKey;
  /** Where the project takes place (the mountain county unless stated otherwise). */
  hostAreaCode: AreaCode;
  townCode?: TownCode;
  /** Named firms taking part. */
  firmKeys: readonly FirmKey[];
  /** Named organisations taking part or organising. */
  orgKeys: readonly OrganisationKey[];
  personKeys: readonly PersonKey[];
  /** Participants the report mentions without naming them. */
  unnamedParticipants: readonly string[];
  localChainName?: string;
  localLinkNames?: readonly string[];
  products?: readonly string[];
  /** State the reporter found on the visit, where the report says. */
  status?: string;
  milestones: readonly Milestone[];
  figures: readonly Figure[];
  /** Effects or purposes the report attributes to the project. */
  outcomes: readonly string[];
}

export const projects = [
  {
    key: 'shuangjian-tiantai-second-base',
    kind: 'production-base',
    originalName: '“双箭系”输送带第二生产基地',
    summary: '在天台的“双箭系”输送带第二生产基地',
    pairingKey: 'tongxiang-tiantai',
    hostAreaCode: '331023', // 天台县
    firmKeys: ['shuangjian-rubber'],
    orgKeys: [],
    personKeys: [],
    unnamedParticipants: [],
    localChainName: '橡胶',
    products: ['输送带'],
    status: '机器设备已经到位',
    milestones: [
      { event: '刚完成1060万米产能试生产', date: { text: '前不久' } },
      { event: '预计今年将全面投产', date: { text: '今年', year: 2024 } },
    ],
    figures: [
      {
        kind: 'quantity',
        metric: '试生产产能',
        statedText: '刚完成1060万米产能试生产',
        quantity: { value: 1060, unit: '万米' },
      },
      {
        kind: 'quantity',
        metric: '达产后产能',
        statedText: '达产后可实现6000万米产能',
        quantity: { value: 6000, unit: '万米' },
      },
    ],
    outcomes: ['带动天台橡胶产业提能升级', '或将改变这一局面(缺乏大项目和龙头企业带动,产业发展一直不温不火)'],
    source: SOURCE,
    evidence: '在天台的“双箭系”输送带第二生产基地,记者看到机器设备已经到位',
  },
  {
    key: 'huanlong-new-materials-liandu',
    kind: 'plant-relocation',
    originalName: '环龙新材料项目',
    summary: '环龙新材料项目一期成功实现竣工投产',
    pairingKey: 'yiwu-liandu',
    hostAreaCode: '331102', // 莲都区
    firmKeys: ['huanlong'],
    orgKeys: ['liandu-economy-it-bureau'],
    personKeys: [],
    unnamedParticipants: ['两地经信部门'],
    localChainName: '半导体新材料',
    milestones: [{ event: '一期成功实现竣工投产', date: { text: '今年5月', year: 2024, month: 5 } }],
    figures: [
      {
        kind: 'amount',
        metric: '整体项目达产后每年产值',
        statedText: '整体项目达产后可以每年为莲都贡献15亿元产值',
        amount: { amount: { value: 15, unit: '亿元' } },
        perYear: true,
      },
      {
        kind: 'amount',
        metric: '整体项目达产后每年利税',
        statedText: '和1亿元利税',
        amount: { amount: { value: 1, unit: '亿元' } },
        perYear: true,
      },
    ],
    outcomes: ['该项目将填补莲都区在半导体新材料产业领域的空白', '助力莲都新兴产业做大做强'],
    source: SOURCE,
    evidence: '今年5月……环龙新材料项目一期成功实现竣工投产,整体项目达产后可以每年为莲都贡献15亿元产值和1亿元利税',
  },
  {
    key: 'huatong-liandu-plant',
    kind: 'plant-relocation',
    summary: '推动了环龙、华统等有扩产需求的义乌企业在莲都建厂',
    pairingKey: 'yiwu-liandu',
    hostAreaCode: '331102', // 莲都区
    firmKeys: ['huatong'],
    orgKeys: [],
    personKeys: [],
    unnamedParticipants: ['两地经信部门'],
    milestones: [],
    figures: [],
    outcomes: ['助力莲都新兴产业做大做强'],
    source: SOURCE,
    evidence: '推动了环龙、华统等有扩产需求的义乌企业在莲都建厂',
  },
  {
    key: 'nanhu-suichang-chemical-matchmaking',
    kind: 'matchmaking-meeting',
    summary: '南湖和遂昌两地经信部门联合遂昌经开区,组织了10家化工企业开展产业链上下游洽谈对接会',
    pairingKey: 'nanhu-suichang',
    hostAreaCode: '331123', // 遂昌县 (遂昌经开区)
    firmKeys: [],
    orgKeys: ['suichang-economic-development-zone'],
    personKeys: [],
    unnamedParticipants: ['南湖和遂昌两地经信部门', '10家化工企业'],
    localChainName: '化工',
    localLinkNames: ['上下游'],
    milestones: [
      { event: '企业合作项目金额超1亿元', date: { text: '去年', year: 2023 } },
      { event: '组织了10家化工企业开展产业链上下游洽谈对接会', date: { text: '近期' } },
    ],
    figures: [
      {
        kind: 'count',
        metric: '参加洽谈对接会的化工企业',
        statedText: '组织了10家化工企业',
        count: { value: 10, unit: '家' },
      },
      {
        kind: 'amount',
        metric: '预计合作项目金额',
        statedText: '预计合作项目金额超10亿元',
        amount: { amount: { value: 10, unit: '亿元' }, qualifier: '超' },
      },
      {
        kind: 'amount',
        metric: '企业合作项目金额',
        statedText: '在去年企业合作项目金额超1亿元的基础上',
        amount: { amount: { value: 1, unit: '亿元' }, qualifier: '超' },
        year: 2023,
      },
    ],
    outcomes: [],
    source: SOURCE,
    evidence: '在去年企业合作项目金额超1亿元的基础上,近期,南湖和遂昌两地经信部门联合遂昌经开区,组织了10家化工企业开展产业链上下游洽谈对接会,预计合作项目金额超10亿元',
  },
  {
    key: 'tongxiang-tiantai-industrial-yarn-supply',
    kind: 'supply-chain-matching',
    summary: '桐乡推动天台县产业用布协会与桐乡巨石、新凤鸣等企业产业链上下游深入对接合作',
    pairingKey: 'tongxiang-tiantai',
    hostAreaCode: '331023', // 天台县
    townCode: '331023105', // 平桥镇
    firmKeys: ['jushi', 'xinfengming'],
    orgKeys: ['tiantai-industrial-fabric-association'],
    personKeys: [],
    unnamedParticipants: [],
    localChainName: '产业用布',
    localLinkNames: ['上下游'],
    products: ['工业用丝'],
    milestones: [{ event: '推动……深入对接合作', date: { text: '去年来', year: 2023 } }],
    figures: [
      {
        kind: 'quantity',
        metric: '天台平桥镇每年工业用丝需求',
        statedText: '天台平桥镇每年近6000吨工业用丝需求',
        quantity: { value: 6000, unit: '吨', qualifier: '近' },
        perYear: true,
      },
    ],
    outcomes: ['为天台平桥镇每年近6000吨工业用丝需求,谋划最优供应链'],
    source: SOURCE,
    evidence: '去年来,桐乡推动天台县产业用布协会与桐乡巨石、新凤鸣等企业产业链上下游深入对接合作',
  },
  {
    key: 'nanhu-suichang-fund-investments',
    kind: 'fund-investment',
    summary: '南湖区为遂昌企业搭建了投融资对接平台,遂昌的宇恒电池、开利新能源等企业纷纷获得了私募股权基金投资',
    pairingKey: 'nanhu-suichang',
    hostAreaCode: '331123', // 遂昌县
    firmKeys: ['yuheng-battery', 'kaili-new-energy'],
    orgKeys: ['nanhu-fund-town'],
    personKeys: [],
    unnamedParticipants: ['私募股权基金'],
    milestones: [{ event: '南湖区为遂昌企业搭建了投融资对接平台', date: { text: '去年以来', year: 2023 } }],
    figures: [],
    outcomes: ['一批基金募投合作项目在遂昌开花结果', '有效激发了经济活力'],
    source: SOURCE,
    evidence: '去年以来,南湖区为遂昌企业搭建了投融资对接平台,遂昌的宇恒电池、开利新能源等企业纷纷获得了私募股权基金投资',
  },
  {
    key: 'changxing-changshan-calcium-exchange',
    kind: 'enterprise-exchange',
    summary: '推动长兴浙宝钙业、浙江钙科等优质钙类企业与常山石灰石采矿企业互访、调研、洽谈',
    pairingKey: 'changxing-changshan',
    hostAreaCode: '330822', // 常山县
    firmKeys: ['zhebao-calcium', 'zhejiang-gaike'],
    orgKeys: [],
    personKeys: ['lyu-wei'],
    unnamedParticipants: ['常山石灰石采矿企业', '长兴采矿企业'],
    products: ['纳米级钙'],
    milestones: [{ event: '互访、调研、洽谈', date: { text: '去年以来', year: 2023 } }],
    figures: [],
    outcomes: ['借助长兴采矿企业的“先走一步”——高新技术,来实现纳米级钙的开发,不断提高产业发展层次'],
    source: SOURCE,
    evidence: '去年以来,双方不断推动长兴浙宝钙业、浙江钙科等优质钙类企业与常山石灰石采矿企业互访、调研、洽谈',
  },
  {
    key: 'zhitong-wuzhen-2024-tiantai-roadshow',
    kind: 'contest-roadshow',
    originalName: '2024“直通乌镇”全球互联网大赛数字共富专题赛',
    summary: '他们目前正在筹办的2024“直通乌镇”全球互联网大赛数字共富专题赛,今年就将在天台进行路演',
    pairingKey: 'tongxiang-tiantai',
    hostAreaCode: '331023', // 天台县 (roadshow venue)
    firmKeys: [],
    orgKeys: ['tongxiang-digital-economy-promotion-center'],
    personKeys: ['zhu-jieyun'],
    unnamedParticipants: [],
    milestones: [
      { event: '目前正在筹办', date: { text: '目前' } },
      { event: '在天台进行路演', date: { text: '今年', year: 2024 } },
    ],
    figures: [],
    outcomes: ['将乌镇互联网大会红利释放到山区县', '帮助当地引进优质项目'],
    source: SOURCE,
    evidence: '他们目前正在筹办的2024“直通乌镇”全球互联网大赛数字共富专题赛,今年就将在天台进行路演',
  },
  {
    key: 'suichang-firm-supplier-test',
    kind: 'supplier-test',
    summary: '得益于南湖区和遂昌县的结对,这家企业和南湖区多家产业链上的企业接上了头',
    pairingKey: 'nanhu-suichang',
    hostAreaCode: '331123', // 遂昌县
    firmKeys: [],
    orgKeys: ['nanhu-economy-it-commerce-bureau'],
    personKeys: ['zhang-yang'],
    unnamedParticipants: ['一家企业(遂昌)', '南湖区多家产业链上的企业'],
    milestones: [
      { event: '张洋收到了一张照片,图中是一家企业新购入的高端设备', date: { text: '前不久' } },
    ],
    figures: [],
    outcomes: [
      '经过测试后,却被一句“你们产品的雾化及颗粒指标达不到要求”打了回去',
      '这家企业暗下决心要把产品品质搞上去,也就有了购买新设备之举',
    ],
    source: SOURCE,
    evidence: '得益于南湖区和遂昌县的结对,这家企业和南湖区多家产业链上的企业接上了头',
  },
] as const satisfies readonly ZjProject[];

export type ProjectKey = (typeof projects)[number]['key'];
