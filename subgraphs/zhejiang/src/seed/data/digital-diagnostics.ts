// Digital-transformation assistance (数字化帮扶): Nanhu's lean-management diagnosis campaign for Suichang firms,
// and the one firm outcome the report quantifies (浙江双彩新材料有限公司).
// Source: 004_40e4ab73a9e6f876.txt. "截至上半年" is kept as 2024 without a guessed month.

import type { FirmKey } from './firms';
import type { FundingKey } from './funding';
import type { PairingKey } from './pairings';
import type { PersonKey } from './people';
import { SOURCE, type AreaCode, type Sourced, type StatedCount, type StatedDate, type StatedPercent } from './types';

export interface ZjDiagnosticCampaign extends Sourced {
  key: string;
  pairingKey: PairingKey;
  /** County whose firms are diagnosed. */
  targetAreaCode: AreaCode;
  fundingKey: FundingKey;
  method: string;
  provider: string;
  since: StatedDate;
  asOf: StatedDate;
  diagnosedFirms: StatedCount;
  preDiagnosedFirms: StatedCount;
  /** "其中10家企业实施了精益管理标杆建设项目" (the report does not say which of the two groups "其中" refers to). */
  benchmarkProjectFirms: StatedCount;
  benchmarkProjectName: string;
  /** Gains "多家企业" achieved, in the report's words. */
  reportedGains: readonly string[];
}

export interface ZjDiagnosticOutcome extends Sourced {
  key: string;
  campaignKey: ZjDiagnosticCampaign['key'];
  firmKey: FirmKey;
  spokespersonKey: PersonKey;
  projectName: string;
  condition: string;
  salesVolumeIncrease: StatedPercent;
  outputIncrease: StatedPercent;
  passRateBefore: StatedPercent;
  passRateAfter: StatedPercent;
  result: string;
}

export const diagnosticCampaigns = [
  {
    key: 'nanhu-suichang-lean-diagnosis',
    pairingKey: 'nanhu-suichang',
    targetAreaCode: '331123', // 遂昌县
    fundingKey: 'nanhu-lean-diagnosis-special-fund',
    method: '精益管理诊断',
    provider: '专业团队',
    since: { text: '去年以来', year: 2023 },
    asOf: { text: '截至上半年', year: 2024 },
    diagnosedFirms: { value: 40, unit: '家' },
    preDiagnosedFirms: { value: 18, unit: '家' },
    benchmarkProjectFirms: { value: 10, unit: '家' },
    benchmarkProjectName: '精益管理标杆建设项目',
    reportedGains: ['营销额增长', '利润增长', '成本降低', '资金占用减少', '运营周期缩减', '不良率降低'],
    source: SOURCE,
    evidence:
      '截至上半年,遂昌已有40家企业完成诊断,18家企业完成预诊断,其中10家企业实施了精益管理标杆建设项目',
  },
] as const satisfies readonly ZjDiagnosticCampaign[];

export const diagnosticOutcomes = [
  {
    key: 'shuangcai-lean-operations',
    campaignKey: 'nanhu-suichang-lean-diagnosis',
    firmKey: 'shuangcai-new-materials',
    spokespersonKey: 'feng-jie',
    projectName: '精益运营管理项目',
    condition: '在没有增加设备和人员的前提下',
    salesVolumeIncrease: { value: 25.49, unit: '%' },
    outputIncrease: { value: 111.3, unit: '%' },
    passRateBefore: { value: 65.2, unit: '%' },
    passRateAfter: { value: 99, unit: '%', qualifier: '以上' },
    result: '得益于精益运营管理项目,企业全环节实现了降本增效',
    source: SOURCE,
    evidence: '我们的销量和产出量分别提升25.49%和111.3%,产品合格率从65.2%提升到99%以上',
  },
] as const satisfies readonly ZjDiagnosticOutcome[];
