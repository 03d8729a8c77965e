// Training events run by a pairing for entrepreneurs and officials.
// The report states one: the 乐清-景宁 制造业促共富研修班 in 2023 (100 participants).
// Source: 004_40e4ab73a9e6f876.txt.

import type { CountyKey } from './counties';
import type { PairingKey } from './pairings';
import { SOURCE, type AreaCode, type Sourced, type StatedCount, type StatedDate } from './types';

export interface ZjTrainingEvent extends Sourced {
  key: string;
  originalName: string;
  pairingKey: PairingKey;
  organiserCountyKeys: readonly CountyKey[];
  /** The report names the organisers only as "乐清和景宁经信部门". */
  organiserText: string;
  date: StatedDate;
  /** Where the participants went ("走访考察乐清产业发展现状"). */
  visitAreaCode: AreaCode;
  participants: StatedCount;
  participantText: string;
  trainers: string;
  activities: readonly string[];
  followUp: readonly string[];
}

export const trainingEvents = [
  {
    key: 'yueqing-jingning-manufacturing-study-class',
    originalName: '制造业促共富研修班',
    pairingKey: 'yueqing-jingning',
    organiserCountyKeys: ['yueqing', 'jingning'],
    organiserText: '乐清和景宁经信部门',
    date: { text: '去年', year: 2023 },
    visitAreaCode: '330382', // 乐清市
    participants: { value: 100, unit: '名' },
    participantText: '两地企业家和涉工干部',
    trainers: '省级智能制造专家',
    activities: [
      '走访考察乐清产业发展现状',
      '对两地企业开展集中培训、现场教学',
      '研讨、交流两地产业合作的新模式新路径',
    ],
    followUp: ['乐清的智能化生产车间,让他们看到了产业发展的更多可能性,不少景宁企业当即表示要对标学习'],
    source: SOURCE,
    evidence: '去年,乐清和景宁经信部门开办制造业促共富研修班,组织了100名两地企业家和涉工干部走访考察乐清产业发展现状',
  },
] as const satisfies readonly ZjTrainingEvent[];

export type TrainingEventKey = (typeof trainingEvents)[number]['key'];
