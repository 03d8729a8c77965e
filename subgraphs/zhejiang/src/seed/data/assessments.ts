// Annual assessments (年度考核评价) of the pairings under the programme.
// The report states one: the 2023 assessment, in which every county passed.
// Source: 004_40e4ab73a9e6f876.txt.

import type { ProgrammeKey } from './programme';
import { SOURCE, type Sourced, type StatedCount, type StatedDate } from './types';

export interface ZjAssessment extends Sourced {
  key: string;
  programmeKey: ProgrammeKey;
  assessmentYear: number;
  /** 'all-passed': "全部及格". */
  result: 'all-passed';
  resultText: string;
  finding: string;
  industrialCountyCountStated: StatedCount;
  mountainCountyCountStated: StatedCount;
  /** When the counties received the results ("日前", relative to the 2024-08-22 article). */
  resultsReceived: StatedDate;
}

export const assessments = [
  {
    key: 'assessment-2023',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    assessmentYear: 2023,
    result: 'all-passed',
    resultText: '2023年度考核评价全部及格',
    finding: '各县(市、区)较好完成了联合体产业协作目标任务',
    industrialCountyCountStated: { value: 18, unit: '个' },
    mountainCountyCountStated: { value: 18, unit: '个' },
    resultsReceived: { text: '日前' },
    source: SOURCE,
    evidence:
      '日前,浙江18个工业大县和18个山区县,在一次特殊考评后,拿到了一份成绩单:各县(市、区)较好完成了联合体产业协作目标任务,2023年度考核评价全部及格',
  },
] as const satisfies readonly ZjAssessment[];

export type AssessmentKey = (typeof assessments)[number]['key'];
