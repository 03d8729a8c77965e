/**
 * Yangtze region: liaison training rounds under the liaison mechanism — the first round of
 * interactive training for 50+ zone liaisons, finished September 2016. Liaisons are not named.
 */
import type { LiaisonTraining } from './types';

export const LIAISON_TRAININGS: readonly LiaisonTraining[] = [
  {
    key: 'liaison-training-1',
    description: '第一期50多个园区联络员互动式培训',
    sequenceStated: '第一期',
    formatStated: '互动式培训',
    completed: { text: '今年9月', year: 2016, month: 9 },
    participantRole: '园区联络员',
    participantCountStated: { value: 50, qualifier: '多', text: '50多个园区联络员' },
    mechanismKey: 'liaison',
    allianceKey: 'yangtze-park-alliance',
    teamGoalStated: '培养一支工作热情高、园区业务熟、协调能力强的联络员队伍',
    source: '002_ec1d6d7b96de0d5d.txt',
    evidence: '今年9月,随着第一期50多个园区联络员互动式培训结束',
  },
];
