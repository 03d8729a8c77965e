// Zhejiang firms named by the report, with the county they sit in and every chain the report puts each
// in (chains: local chain name, links in the report's words, what it rests on and the sentence).
// Source: 004_40e4ab73a9e6f876.txt. The report gives a full legal name for only two firms; others are as written.

import { SOURCE, type AreaCode, type ChainPlacement, type Sourced } from './types';

const TONGXIANG_TIANTAI = '再如桐乡和天台,前者有合众新能源整车企业,后者有银轮机械等众多汽车零部件企业';
const INDUSTRIAL_YARN = '桐乡推动天台县产业用布协会与桐乡巨石、新凤鸣等企业产业链上下游深入对接合作,为天台平桥镇每年近6000吨工业用丝需求,谋划最优供应链';
const FUND_INVESTMENT = '遂昌的宇恒电池、开利新能源等企业纷纷获得了私募股权基金投资';
const CALCIUM = '双方不断推动长兴浙宝钙业、浙江钙科等优质钙类企业与常山石灰石采矿企业互访、调研、洽谈';

export interface ZjFirm extends Sourced {
  key: string;
  /** Name exactly as the report writes it. */
  originalName: string;
  /** 'full-legal': "…有限公司"/"…股份有限公司" as stated; 'as-written': the report names the firm only this way. */
  nameForm: 'full-legal' | 'as-written';
  /** Short name where the report also uses one ("双箭系" → 双箭). */
  shortName?: string;
  areaCode: AreaCode;
  /** Every chain the report puts the firm in, with the sentence that does. */
  chains?: readonly ChainPlacement[];
  /** How the report characterises the firm. */
  descriptionAsStated?: string;
  /** Parent firm, where the report ties this firm to another (none does in this report). */
  parentKey?: string;
}

export const firms = [
  {
    key: 'hozon-new-energy',
    originalName: '合众新能源',
    nameForm: 'as-written',
    areaCode: '330483', // 桐乡市
    chains: [{ localChainName: '新能源整车', localLinkNames: ['整车'], basis: 'stated', source: SOURCE, evidence: TONGXIANG_TIANTAI }],
    descriptionAsStated: '整车企业;龙头企业',
    source: SOURCE,
    evidence: '桐乡和天台,前者有合众新能源整车企业',
  },
  {
    key: 'yinlun-machinery',
    originalName: '银轮机械',
    nameForm: 'as-written',
    areaCode: '331023', // 天台县
    chains: [{ localChainName: '汽车零部件', localLinkNames: ['汽车零部件'], basis: 'stated', source: SOURCE, evidence: TONGXIANG_TIANTAI }],
    descriptionAsStated: '汽车零部件企业',
    source: SOURCE,
    evidence: '后者有银轮机械等众多汽车零部件企业',
  },
  {
    key: 'tongkun',
    originalName: '桐昆',
    nameForm: 'as-written',
    areaCode: '330483', // 桐乡市
    descriptionAsStated: '龙头企业',
    source: SOURCE,
    evidence: '在结对时,他们就瞄准了桐乡桐昆、合众新能源等龙头企业',
  },
  {
    key: 'jushi',
    originalName: '巨石',
    nameForm: 'as-written',
    areaCode: '330483', // 桐乡市
    // Named in the industrial-fabric chain's supply work; 上下游 names no particular link.
    chains: [{ localChainName: '产业用布', basis: 'passage', source: SOURCE, evidence: INDUSTRIAL_YARN }],
    source: SOURCE,
    evidence: '桐乡推动天台县产业用布协会与桐乡巨石、新凤鸣等企业产业链上下游深入对接合作',
  },
  {
    key: 'xinfengming',
    originalName: '新凤鸣',
    nameForm: 'as-written',
    areaCode: '330483', // 桐乡市
    chains: [{ localChainName: '产业用布', basis: 'passage', source: SOURCE, evidence: INDUSTRIAL_YARN }],
    source: SOURCE,
    evidence: '桐乡推动天台县产业用布协会与桐乡巨石、新凤鸣等企业产业链上下游深入对接合作',
  },
  {
    key: 'shuangjian-rubber',
    originalName: '浙江双箭橡胶股份有限公司',
    nameForm: 'full-legal',
    shortName: '双箭',
    areaCode: '330483', // 桐乡市
    chains: [
      {
        localChainName: '橡塑制品',
        basis: 'stated',
        source: SOURCE,
        evidence: '橡塑制品是天台的产业之一……来自桐乡的“龙头企业”浙江双箭橡胶股份有限公司,或将改变这一局面',
      },
      {
        localChainName: '橡胶',
        localLinkNames: ['生产'],
        basis: 'stated',
        source: SOURCE,
        evidence: '在天台的“双箭系”输送带第二生产基地,记者看到机器设备已经到位。前不久,这里刚完成1060万米产能试生产',
      },
    ],
    descriptionAsStated: '来自桐乡的“龙头企业”',
    source: SOURCE,
    evidence: '来自桐乡的“龙头企业”浙江双箭橡胶股份有限公司,或将改变这一局面',
  },
  {
    key: 'huanlong',
    originalName: '环龙',
    nameForm: 'as-written',
    areaCode: '330782', // 义乌市
    chains: [
      {
        localChainName: '半导体新材料',
        localLinkNames: ['生产'],
        basis: 'stated',
        source: SOURCE,
        evidence: '环龙新材料项目一期成功实现竣工投产……更重要的是,该项目将填补莲都区在半导体新材料产业领域的空白',
      },
    ],
    descriptionAsStated: '有扩产需求的义乌企业',
    source: SOURCE,
    evidence: '推动了环龙、华统等有扩产需求的义乌企业在莲都建厂',
  },
  {
    key: 'huatong',
    originalName: '华统',
    nameForm: 'as-written',
    areaCode: '330782', // 义乌市
    descriptionAsStated: '有扩产需求的义乌企业',
    source: SOURCE,
    evidence: '推动了环龙、华统等有扩产需求的义乌企业在莲都建厂',
  },
  {
    key: 'shuangcai-new-materials',
    originalName: '浙江双彩新材料有限公司',
    nameForm: 'full-legal',
    areaCode: '331123', // 遂昌县
    chains: [{ localChainName: '新材料', basis: 'name', source: SOURCE, evidence: '位于遂昌的浙江双彩新材料有限公司总经理冯杰表示' }],
    source: SOURCE,
    evidence: '位于遂昌的浙江双彩新材料有限公司总经理冯杰表示',
  },
  {
    key: 'yuheng-battery',
    originalName: '宇恒电池',
    nameForm: 'as-written',
    areaCode: '331123', // 遂昌县
    chains: [{ localChainName: '电池', basis: 'name', source: SOURCE, evidence: FUND_INVESTMENT }],
    source: SOURCE,
    evidence: '遂昌的宇恒电池、开利新能源等企业纷纷获得了私募股权基金投资',
  },
  {
    key: 'kaili-new-energy',
    originalName: '开利新能源',
    nameForm: 'as-written',
    areaCode: '331123', // 遂昌县
    chains: [{ localChainName: '新能源', basis: 'name', source: SOURCE, evidence: FUND_INVESTMENT }],
    source: SOURCE,
    evidence: '遂昌的宇恒电池、开利新能源等企业纷纷获得了私募股权基金投资',
  },
  {
    key: 'zhebao-calcium',
    originalName: '浙宝钙业',
    nameForm: 'as-written',
    areaCode: '330522', // 长兴县
    chains: [{ localChainName: '钙业', basis: 'stated', source: SOURCE, evidence: CALCIUM }],
    descriptionAsStated: '优质钙类企业',
    source: SOURCE,
    evidence: '双方不断推动长兴浙宝钙业、浙江钙科等优质钙类企业与常山石灰石采矿企业互访、调研、洽谈',
  },
  {
    key: 'zhejiang-gaike',
    originalName: '浙江钙科',
    nameForm: 'as-written',
    areaCode: '330522', // 长兴县
    chains: [{ localChainName: '钙业', basis: 'stated', source: SOURCE, evidence: CALCIUM }],
    descriptionAsStated: '优质钙类企业',
    source: SOURCE,
    evidence: '双方不断推动长兴浙宝钙业、浙江钙科等优质钙类企业与常山石灰石采矿企业互访、调研、洽谈',
  },
] as const satisfies readonly ZjFirm[];

export type FirmKey = (typeof firms)[number]['key'];
