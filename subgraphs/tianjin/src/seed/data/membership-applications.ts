/**
 * Tianjin region: firms from other districts that want to join an alliance ("入盟"), with review status.
 * 000 names only the districts (東麗, 武清 ...), not the firms; one record per named district.
 * The alliance is reviewing whether they meet its standards.
 */
import type { MembershipApplication } from './types';

const S000 = '000_7deada67eb8abbdc.txt' as const;

const reviewStepsStated = ['研究企業的具體情況', '看是否符合標準', '有需要還要去企業實地調研'] as const;

export const membershipApplications: readonly MembershipApplication[] = [
  {
    key: 'shuangtan--dongli-new-energy-firms',
    allianceKey: 'shuangtan-alliance',
    applicantDescription: '東麗(外區)的新能源企業',
    applicantAreaCode: '120110', // 东丽区
    localChainName: '新能源',
    status: 'under-review',
    reviewStepsStated,
    source: S000,
    evidence: '已有東麗、武清等外區的新能源企業希望“入盟”',
  },
  {
    key: 'shuangtan--wuqing-new-energy-firms',
    allianceKey: 'shuangtan-alliance',
    applicantDescription: '武清(外區)的新能源企業',
    applicantAreaCode: '120114', // 武清区
    localChainName: '新能源',
    status: 'under-review',
    reviewStepsStated,
    source: S000,
    evidence: '已有東麗、武清等外區的新能源企業希望“入盟”',
  },
];
