/**
 * Yangtze region: firms and institutes named in the report (a Shanghai industrial firm and the
 * university whose robot is pictured). Area from the registered name's place prefix (上海).
 */
import type { Organisation } from './types';

const source = '002_ec1d6d7b96de0d5d.txt' as const;

export const ORGANISATIONS: readonly Organisation[] = [
  {
    key: 'shanghai-ruier-industrial',
    originalName: '上海瑞尔实业有限公司',
    orgType: 'enterprise',
    areaCode: '310000', // 上海市
    areaBasis: 'name-prefix',
    chainKeys: [],
    source,
    evidence: '上海瑞尔实业有限公司董事长李健军',
  },
  {
    key: 'shanghai-jiao-tong-university',
    originalName: '上海交通大学',
    orgType: 'university',
    areaCode: '310000', // 上海市
    areaBasis: 'name-prefix',
    chainKeys: ['robots'],
    activityStated: '自主研制的可翻越障碍、应用于消防现场等特殊环境的机器人',
    source,
    evidence: '图为上海交通大学自主研制的可翻越障碍、应用于消防现场等特殊环境的机器人',
  },
];
