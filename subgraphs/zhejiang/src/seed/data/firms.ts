// Zhejiang firms named by the report, with the county they sit in and, where the report says so,
// the local industry chain (localChainName) and chain segments (localLinkNames) in the report's words.
// Source: 004_40e4ab73a9e6f876.txt. The report gives a full legal name for only two firms; others are as written.

import { SOURCE, type AreaCode, type Sourced } from './types';

export interface ZjFirm extends Sourced {
  key: string;
  /** Name exactly as the report writes it. */
  originalName: string;
  /** 'full-legal': "…有限公司"/"…股份有限公司" as stated; 'as-written': the report names the firm only this way. */
  nameForm: 'full-legal' | 'as-written';
  /** Short name where the report also uses one ("双箭系" → 双箭). */
  shortName?: string;
  areaCode: AreaCode;
  /** Chain / industry name exactly as the report ties it to this firm. */
  localChainName?: string;
  /** Chain segments the report says the firm serves, in its words. */
  localLinkNames?: readonly string[];
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
    localLinkNames: ['整车'],
    descriptionAsStated: '整车企业;龙头企业',
    source: SOURCE,
    evidence: '桐乡和天台,前者有合众新能源整车企业',
  },
  {
    key: 'yinlun-machinery',
    originalName: '银轮机械',
    nameForm: 'as-written',
    areaCode: '331023', // 天台县
    localLinkNames: ['汽车零部件'],
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
    source: SOURCE,
    evidence: '桐乡推动天台县产业用布协会与桐乡巨石、新凤鸣等企业产业链上下游深入对接合作',
  },
  {
    key: 'xinfengming',
    originalName: '新凤鸣',
    nameForm: 'as-written',
    areaCode: '330483', // 桐乡市
    source: SOURCE,
    evidence: '桐乡推动天台县产业用布协会与桐乡巨石、新凤鸣等企业产业链上下游深入对接合作',
  },
  {
    key: 'shuangjian-rubber',
    originalName: '浙江双箭橡胶股份有限公司',
    nameForm: 'full-legal',
    shortName: '双箭',
    areaCode: '330483', // 桐乡市
    localChainName: '橡塑制品',
    descriptionAsStated: '来自桐乡的“龙头企业”',
    source: SOURCE,
    evidence: '来自桐乡的“龙头企业”浙江双箭橡胶股份有限公司,或将改变这一局面',
  },
  {
    key: 'huanlong',
    originalName: '环龙',
    nameForm: 'as-written',
    areaCode: '330782', // 义乌市
    localChainName: '半导体新材料',
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
    source: SOURCE,
    evidence: '位于遂昌的浙江双彩新材料有限公司总经理冯杰表示',
  },
  {
    key: 'yuheng-battery',
    originalName: '宇恒电池',
    nameForm: 'as-written',
    areaCode: '331123', // 遂昌县
    source: SOURCE,
    evidence: '遂昌的宇恒电池、开利新能源等企业纷纷获得了私募股权基金投资',
  },
  {
    key: 'kaili-new-energy',
    originalName: '开利新能源',
    nameForm: 'as-written',
    areaCode: '331123', // 遂昌县
    source: SOURCE,
    evidence: '遂昌的宇恒电池、开利新能源等企业纷纷获得了私募股权基金投资',
  },
  {
    key: 'zhebao-calcium',
    originalName: '浙宝钙业',
    nameForm: 'as-written',
    areaCode: '330522', // 长兴县
    descriptionAsStated: '优质钙类企业',
    source: SOURCE,
    evidence: '双方不断推动长兴浙宝钙业、浙江钙科等优质钙类企业与常山石灰石采矿企业互访、调研、洽谈',
  },
  {
    key: 'zhejiang-gaike',
    originalName: '浙江钙科',
    nameForm: 'as-written',
    areaCode: '330522', // 长兴县
    descriptionAsStated: '优质钙类企业',
    source: SOURCE,
    evidence: '双方不断推动长兴浙宝钙业、浙江钙科等优质钙类企业与常山石灰石采矿企业互访、调研、洽谈',
  },
] as const satisfies readonly ZjFirm[];

export type FirmKey = (typeof firms)[number]['key'];
