/**
 * Yangtze region: the national high-tech zones the report names — the alliance's five founders
 * (上海张江 leading). The other 46 of the 51 applicant zones are not named (count on the alliance).
 */
import type { Zone } from './types';

const source = '002_ec1d6d7b96de0d5d.txt' as const;

export const ZONES: readonly Zone[] = [
  {
    key: 'shanghai-zhangjiang',
    originalName: '上海张江高新区',
    shortName: '张江高新区',
    zoneTypeStated: '国家高新区',
    areaCode: '310000', // 上海市
    allianceKey: 'yangtze-park-alliance',
    isFounder: true,
    isLeadFounder: true,
    adminBodyName: '上海张江高新区管委会',
    source,
    evidence: '由上海张江高新区联合武汉东湖高新区、重庆两江新区、南京高新区、合肥高新区5个国家高新区在上海共同发起成立',
  },
  {
    key: 'wuhan-donghu',
    originalName: '武汉东湖高新区',
    zoneTypeStated: '国家高新区',
    areaCode: '420100', // 武汉市
    allianceKey: 'yangtze-park-alliance',
    isFounder: true,
    isLeadFounder: false,
    source,
    evidence: '武汉东湖高新区',
  },
  {
    key: 'chongqing-liangjiang',
    originalName: '重庆两江新区',
    zoneTypeStated: '国家高新区',
    areaCode: '500000', // 重庆市
    allianceKey: 'yangtze-park-alliance',
    isFounder: true,
    isLeadFounder: false,
    source,
    evidence: '重庆两江新区',
  },
  {
    key: 'nanjing',
    originalName: '南京高新区',
    zoneTypeStated: '国家高新区',
    areaCode: '320100', // 南京市
    allianceKey: 'yangtze-park-alliance',
    isFounder: true,
    isLeadFounder: false,
    source,
    evidence: '南京高新区',
  },
  {
    key: 'hefei',
    originalName: '合肥高新区',
    zoneTypeStated: '国家高新区',
    areaCode: '340100', // 合肥市
    allianceKey: 'yangtze-park-alliance',
    isFounder: true,
    isLeadFounder: false,
    source,
    evidence: '合肥高新区5个国家高新区',
  },
];
