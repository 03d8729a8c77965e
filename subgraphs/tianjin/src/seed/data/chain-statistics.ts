/**
 * Tianjin region: chain statistics Xiqing District reports for its five key chains (H1 value-added growth,
 * gap over industry, contribution, share) and for the 汽車及新能源汽車 chain (firm count, output, share).
 * Percentages carry unit '%', differences/contributions unit 'percentagePoints'.
 */
import type { ChainStatistic } from './types';

const S001 = '001_64ba9a984c48cfb9.txt' as const;

const FIVE = ['xiqing-ic', 'xiqing-iov', 'xiqing-nev', 'xiqing-high-end-equipment', 'xiqing-biomed'] as const;
const H1 = { text: '今年上半年' } as const;
const XIQING = '120111'; // 西青区

export const chainStatistics: readonly ChainStatistic[] = [
  {
    key: 'xiqing-five-chains-h1-value-added-growth',
    chainKeys: FIVE,
    areaCode: XIQING,
    period: H1,
    metric: 'value-added-growth',
    metricText: '全區5條重點產業鏈增加值增速',
    percent: { value: 4.3, unit: '%', text: '4.3%' },
    source: S001,
    evidence: '今年上半年,全區5條重點產業鏈增加值增速4.3%',
  },
  {
    key: 'xiqing-five-chains-h1-growth-above-industry',
    chainKeys: FIVE,
    areaCode: XIQING,
    period: H1,
    metric: 'growth-above-industry',
    metricText: '高於規模工業',
    points: { value: 1.6, unit: 'percentagePoints', text: '1.6個百分點' },
    source: S001,
    evidence: '高於規模工業1.6個百分點',
  },
  {
    key: 'xiqing-five-chains-h1-contribution',
    chainKeys: FIVE,
    areaCode: XIQING,
    period: H1,
    metric: 'contribution-to-growth',
    metricText: '拉動全區增加值增長',
    points: { value: 2.1, unit: 'percentagePoints', text: '2.1個百分點' },
    source: S001,
    evidence: '拉動全區增加值增長2.1個百分點',
  },
  {
    key: 'xiqing-five-chains-h1-share',
    chainKeys: FIVE,
    areaCode: XIQING,
    period: H1,
    metric: 'share-of-industry-value-added',
    metricText: '占全區規模工業比重',
    percent: { value: 48.6, unit: '%', text: '48.6%' },
    source: S001,
    evidence: '占全區規模工業比重為48.6%',
  },
  {
    key: 'xiqing-biomed-h1-double-digit-growth',
    chainKeys: ['xiqing-biomed'],
    areaCode: XIQING,
    period: H1,
    metric: 'value-added-growth',
    metricText: '實現兩位數增長',
    band: 'double-digit',
    source: S001,
    evidence: '生物醫藥、集成電路產業鏈實現兩位數增長',
  },
  {
    key: 'xiqing-ic-h1-double-digit-growth',
    chainKeys: ['xiqing-ic'],
    areaCode: XIQING,
    period: H1,
    metric: 'value-added-growth',
    metricText: '實現兩位數增長',
    band: 'double-digit',
    source: S001,
    evidence: '生物醫藥、集成電路產業鏈實現兩位數增長',
  },
  {
    key: 'xiqing-nev-above-scale-firms',
    chainKeys: ['xiqing-nev'],
    areaCode: XIQING,
    period: { text: '現時' },
    metric: 'above-scale-firm-count',
    metricText: '規模以上工業企業',
    count: { value: 66, text: '66家' },
    source: S001,
    evidence: '規模以上工業企業達到66家',
  },
  {
    key: 'xiqing-nev-h1-output',
    chainKeys: ['xiqing-nev'],
    areaCode: XIQING,
    period: { text: '上半年' },
    metric: 'output-value',
    metricText: '產業鏈企業實現產值',
    money: { amount: { value: 101.4, unit: '亿元' }, text: '101.4億元' },
    source: S001,
    evidence: '上半年產業鏈企業實現產值101.4億元',
  },
  {
    key: 'xiqing-nev-h1-output-share',
    chainKeys: ['xiqing-nev'],
    areaCode: XIQING,
    period: { text: '上半年' },
    metric: 'share-of-output-value',
    metricText: '占全部規模以上工業總產值比重',
    percent: { value: 14, unit: '%', text: '14%' },
    source: S001,
    evidence: '占全部規模以上工業總產值比重的14%',
  },
];
