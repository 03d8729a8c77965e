/**
 * Yangtze region: the alliance's four working mechanisms (daily work, liaison, rotating
 * major-event hosting, council decision-making), established and being trialled.
 */
import type { GovernanceMechanism } from './types';

const source = '002_ec1d6d7b96de0d5d.txt' as const;
const statusStated = ['建立', '积极推动试行'] as const;

export const GOVERNANCE_MECHANISMS: readonly GovernanceMechanism[] = [
  {
    key: 'daily-work',
    originalName: '联盟日常工作机制',
    kind: 'daily-work',
    allianceKey: 'yangtze-park-alliance',
    statusStated,
    source,
    evidence: '联盟日常工作机制',
  },
  {
    key: 'liaison',
    originalName: '联盟联络员工作机制',
    kind: 'liaison',
    allianceKey: 'yangtze-park-alliance',
    statusStated: [...statusStated, '探索建立'],
    source,
    evidence: '探索建立园区联盟联络员工作机制',
  },
  {
    key: 'rotating-event-hosting',
    originalName: '联盟重大活动轮流值办机制',
    kind: 'rotating-event-hosting',
    allianceKey: 'yangtze-park-alliance',
    statusStated,
    source,
    evidence: '联盟重大活动轮流值办机制',
  },
  {
    key: 'council-decision',
    originalName: '联盟理事会决策机制',
    kind: 'council-decision',
    allianceKey: 'yangtze-park-alliance',
    statusStated,
    source,
    evidence: '联盟理事会决策机制',
  },
];
