// Money committed to the pairings: the provincial allocation (18亿元 a year, 2023-2025) and Nanhu's special fund
// for lean-management diagnosis of Suichang firms (amount not stated). Private-equity investments are in projects.ts.
// Source: 004_40e4ab73a9e6f876.txt.

import type { CountyKey } from './counties';
import type { OrganisationKey } from './organisations';
import type { PairingKey } from './pairings';
import type { ProgrammeKey } from './programme';
import { SOURCE, type Sourced, type StatedAmount, type StatedDate } from './types';

export interface ZjFunding extends Sourced {
  key: string;
  programmeKey: ProgrammeKey;
  /** Set where a single pairing's money. */
  pairingKey?: PairingKey;
  funderOrgKey?: OrganisationKey;
  /** Set where the report names only the county as funder ("他们安排了专项资金"). */
  funderCountyKey?: CountyKey;
  instrument: string;
  /** Unset where the report gives no amount. */
  amount?: StatedAmount;
  perYear: boolean;
  fromYear?: number;
  toYear?: number;
  since?: StatedDate;
  beneficiaries: string;
  purpose: string;
}

export const funding = [
  {
    key: 'provincial-annual-allocation',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    funderOrgKey: 'zj-finance-department',
    instrument: '省财政厅每年安排',
    amount: { value: 18, unit: '亿元' },
    perYear: true,
    fromYear: 2023,
    toYear: 2025,
    beneficiaries: '择优支持18个工业大县与18个山区县',
    purpose: '以产业协作为纽带,“一对一”自由组建联合体,在做大制造业高质量发展“蛋糕”的基础上,合力探索产业促共富,提升山区县造血能力',
    source: SOURCE,
    evidence: '2023年至2025年,省财政厅每年安排18亿元',
  },
  {
    key: 'nanhu-lean-diagnosis-special-fund',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    pairingKey: 'nanhu-suichang',
    funderCountyKey: 'nanhu',
    instrument: '专项资金',
    perYear: false,
    since: { text: '去年以来', year: 2023 },
    beneficiaries: '遂昌企业',
    purpose: '委托专业团队对遂昌企业进行精益管理诊断',
    source: SOURCE,
    evidence: '去年以来,他们安排了专项资金,委托专业团队对遂昌企业进行精益管理诊断',
  },
] as const satisfies readonly ZjFunding[];

export type FundingKey = (typeof funding)[number]['key'];
