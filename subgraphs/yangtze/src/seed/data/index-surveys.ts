/**
 * Yangtze region: park development index research — the preliminary survey of 10+ Yangtze
 * parks' economic conditions, and next year's planned research on more parks. Parks are not named.
 */
import type { IndexSurvey } from './types';

const source = '002_ec1d6d7b96de0d5d.txt' as const;
const programmeName = '园区发展指数研究';
const purposeStated = '为企业跨区域合作提供真实有效精准务实的参考数据';

export const INDEX_SURVEYS: readonly IndexSurvey[] = [
  {
    key: 'park-economic-status-survey-2016',
    description: '长江流域10多个园区经济发展状况专题调查',
    programmeName,
    status: 'preliminarily-completed',
    parkCountStated: { value: 10, qualifier: '多', text: '长江流域10多个园区' },
    topicsStated: ['经济发展状况'],
    purposeStated,
    allianceKey: 'yangtze-park-alliance',
    source,
    evidence: '初步完成了长江流域10多个园区经济发展状况专题调查',
  },
  {
    key: 'park-development-index-research-2017',
    description: '对更多园区发展状况、环境指数进行科学研究',
    programmeName,
    status: 'planned',
    date: { text: '明年', year: 2017 },
    topicsStated: ['发展状况', '环境指数'],
    purposeStated,
    allianceKey: 'yangtze-park-alliance',
    source,
    evidence: '明年将对更多园区发展状况、环境指数进行科学研究',
  },
];
