// County-level statistics the report states for single counties (乐清, 景宁, 天台, 义乌), one figure per record.
// Metrics in the report's words; programme-wide figures are in programme.ts, project figures in projects.ts.
// Source: 004_40e4ab73a9e6f876.txt.

import type { CountyKey } from './counties';
import { SOURCE, type AreaCode, type Figure, type Sourced, type StatedDate } from './types';

export interface ZjCountyStatistic extends Sourced {
  key: string;
  countyKey: CountyKey;
  areaCode: AreaCode;
  /** Chain / industry the figure is about, in the report's words. */
  localChainName?: string;
  /** 'fact' for a stated figure, 'target' for an aim ("打造百亿级产业"). */
  nature: 'fact' | 'target';
  figure: Figure;
  /** Base of a share ("占全市比重" → 台州市), where the report states one. */
  shareOfAreaCode?: AreaCode;
  /** "目前", "去年" … as stated; unset where the report gives no time. */
  asOf?: StatedDate;
  /** Key of a figure this one is a subset of ("其中"). */
  subsetOfKey?: string;
}

export const countyStatistics = [
  {
    key: 'yueqing-electrical-share-of-above-scale-industry',
    countyKey: 'yueqing',
    areaCode: '330382', // 乐清市
    localChainName: '电气',
    nature: 'fact',
    figure: {
      kind: 'percent',
      metric: '电气产业占规上工业比重',
      statedText: '主导产业中电气产业占规上工业比重52.1%',
      percent: { value: 52.1, unit: '%' },
    },
    source: SOURCE,
    evidence: '乐清有国家级产业集群优势,主导产业中电气产业占规上工业比重52.1%,已形成了完整的电气产业链',
  },
  {
    key: 'jingning-electrical-share-of-above-scale-output',
    countyKey: 'jingning',
    areaCode: '331127', // 景宁畲族自治县
    localChainName: '电气',
    nature: 'fact',
    figure: {
      kind: 'percent',
      metric: '电气产业占规上工业产值比重',
      statedText: '目前景宁电气产业占规上工业产值比重为25%',
      percent: { value: 25, unit: '%' },
    },
    asOf: { text: '目前' },
    source: SOURCE,
    evidence: '景宁经济商务科技局副局长张海分析,目前景宁电气产业占规上工业产值比重为25%',
  },
  {
    key: 'jingning-hundred-billion-industry-target',
    countyKey: 'jingning',
    areaCode: '331127', // 景宁畲族自治县
    nature: 'target',
    figure: {
      kind: 'amount',
      metric: '打造百亿级产业',
      statedText: '对他们打造百亿级产业,大有裨益',
      amount: { amount: { value: 100, unit: '亿元' }, qualifier: '级' },
    },
    source: SOURCE,
    evidence: '如果能搭上乐清的快车,对他们打造百亿级产业,大有裨益',
  },
  {
    key: 'jingning-above-scale-firms',
    countyKey: 'jingning',
    areaCode: '331127', // 景宁畲族自治县
    nature: 'fact',
    figure: {
      kind: 'count',
      metric: '规上企业',
      statedText: '67家规上企业难以自成体系单独成链',
      count: { value: 67, unit: '家' },
    },
    source: SOURCE,
    evidence: '景宁曾对自身工业发展做过分析,67家规上企业难以自成体系单独成链',
  },
  {
    key: 'jingning-ecological-industry-start-year',
    countyKey: 'jingning',
    areaCode: '331127', // 景宁畲族自治县
    localChainName: '生态工业',
    nature: 'fact',
    figure: {
      kind: 'year',
      metric: '开始发展生态工业',
      statedText: '景宁2018年才开始发展生态工业',
      year: 2018,
    },
    source: SOURCE,
    evidence: '作为浙江生态屏障高地,景宁2018年才开始发展生态工业,起步较晚、基础薄弱',
  },
  {
    key: 'tiantai-specialised-sme-firms',
    countyKey: 'tiantai',
    areaCode: '331023', // 天台县
    nature: 'fact',
    figure: {
      kind: 'count',
      metric: '省级以上专精特新企业',
      statedText: '拥有省级以上专精特新企业48家',
      count: { value: 48, unit: '家' },
    },
    source: SOURCE,
    evidence: '拥有省级以上专精特新企业48家,其中国家级专精特新“小巨人”企业14家',
  },
  {
    key: 'tiantai-little-giant-firms',
    countyKey: 'tiantai',
    areaCode: '331023', // 天台县
    nature: 'fact',
    figure: {
      kind: 'count',
      metric: '国家级专精特新“小巨人”企业',
      statedText: '其中国家级专精特新“小巨人”企业14家',
      count: { value: 14, unit: '家' },
    },
    subsetOfKey: 'tiantai-specialised-sme-firms',
    source: SOURCE,
    evidence: '其中国家级专精特新“小巨人”企业14家',
  },
  {
    key: 'tiantai-listed-firms',
    countyKey: 'tiantai',
    areaCode: '331023', // 天台县
    nature: 'fact',
    figure: {
      kind: 'count',
      metric: '上市企业',
      statedText: '上市企业有10家',
      count: { value: 10, unit: '家' },
    },
    source: SOURCE,
    evidence: '上市企业有10家',
  },
  {
    key: 'tiantai-above-scale-firm-count-share',
    countyKey: 'tiantai',
    areaCode: '331023', // 天台县
    nature: 'fact',
    figure: {
      kind: 'percent',
      metric: '规上工业企业数占全市比重',
      statedText: '规上工业企业数和规上产值占全市比重都在4.2%左右',
      percent: { value: 4.2, unit: '%', qualifier: '左右' },
    },
    shareOfAreaCode: '331000', // 台州市 ("全市": the city 天台县 belongs to)
    source: SOURCE,
    evidence: '企业主要呈现为“小而精”,规上工业企业数和规上产值占全市比重都在4.2%左右',
  },
  {
    key: 'tiantai-above-scale-output-share',
    countyKey: 'tiantai',
    areaCode: '331023', // 天台县
    nature: 'fact',
    figure: {
      kind: 'percent',
      metric: '规上产值占全市比重',
      statedText: '规上工业企业数和规上产值占全市比重都在4.2%左右',
      percent: { value: 4.2, unit: '%', qualifier: '左右' },
    },
    shareOfAreaCode: '331000', // 台州市 ("全市": the city 天台县 belongs to)
    source: SOURCE,
    evidence: '企业主要呈现为“小而精”,规上工业企业数和规上产值占全市比重都在4.2%左右',
  },
  {
    key: 'yiwu-small-commodity-firms',
    countyKey: 'yiwu',
    areaCode: '330782', // 义乌市
    nature: 'fact',
    figure: {
      kind: 'words',
      metric: '各类小商品生产和贸易企业',
      statedText: '集聚了数万家各类小商品生产和贸易企业',
      qualifier: '数万',
    },
    source: SOURCE,
    evidence: '作为世界小商品之都的义乌,集聚了数万家各类小商品生产和贸易企业',
  },
] as const satisfies readonly ZjCountyStatistic[];

export type CountyStatisticKey = (typeof countyStatistics)[number]['key'];
