/**
 * Tianjin region: needs the reports state — a partner, financing or production land sought by a firm or park —
 * with whether and how they were met. Unnamed seekers/counterparts stay descriptions (no invented firms).
 * Met needs point to cooperations.ts via the cooperation's needKey.
 */
import type { Need } from './types';

const S000 = '000_7deada67eb8abbdc.txt' as const;
const S001 = '001_64ba9a984c48cfb9.txt' as const;

export const needs: readonly Need[] = [
  {
    key: 'new-energy-downstream-firm--design-partner',
    seekerDescription: '一家新能源下游企業 (科技園內, 未具名)',
    kind: 'partner',
    soughtStated: '正尋找設計單位合作',
    localLinkNames: ['設計'],
    status: 'unmatched',
    statusText: '這家企業隔壁就有一家符合要求的單位,但他們根本不知道',
    fittingCounterpartDescription: '隔壁一家符合要求的單位 (未具名)',
    source: S000,
    evidence: '走訪中,她了解到一家新能源下游企業正尋找設計單位合作',
  },
  {
    key: 'zhongru-group--transmission-distribution',
    seeker: { kind: 'firm', key: 'zhongru-group' },
    kind: 'partner',
    soughtStated: '輸配電企業',
    localLinkNames: ['輸配電'],
    status: 'matched',
    statusText: '正好符合我們的需求,雙方一拍即合',
    fittingCounterpart: { kind: 'firm', key: 'tgood-tianjin-branch' },
    source: S000,
    evidence: '了解到同在科技園的青島特銳德電器有限公司天津分公司是輸配電企業,正好符合我們的需求',
  },
  {
    key: 'zhongru-group--financing',
    seeker: { kind: 'firm', key: 'zhongru-group' },
    kind: 'financing',
    soughtStated: '看看哪些業務能符合相關標準進行融資',
    status: 'assessing',
    statusText: '我們財務人員已在整理相關信息',
    source: S000,
    evidence: '我們財務人員已在整理相關信息,看看哪些業務能符合相關標準進行融資',
  },
  {
    key: 'binhai-zgc-science-park--production-land',
    seeker: { kind: 'park', key: 'binhai-zgc-science-park' },
    kind: 'production-land',
    soughtStated: '企業生產用地 (要想把產業鏈做長,就必須補鏈)',
    status: 'being-addressed',
    statusText: '科技園M0工業用地前期規劃調整工作已經完成,年底前將開工建設',
    source: S000,
    evidence: '科技園目前不能提供企業生產用地,要想把產業鏈做長,就必須補鏈',
  },
  {
    key: 'xiqing-biomed-firms--financing',
    seekerDescription: '生物醫藥產業鏈上有金融需求的企業 (未具名)',
    kind: 'financing',
    soughtStated: '金融需求',
    status: 'being-addressed',
    statusText: '區生物醫藥產業鏈黨委為有金融需求的企業搭建投融資對接平臺',
    fittingCounterpart: { kind: 'partyCommittee', key: 'xiqing-biomed-chain-party-committee' },
    source: S001,
    evidence: '區生物醫藥產業鏈黨委為有金融需求的企業搭建投融資對接平臺',
  },
];
