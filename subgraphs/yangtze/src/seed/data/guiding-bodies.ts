/**
 * Yangtze region: government bodies under whose guidance (国家发改委, 科技部 relevant departments)
 * and with whose support (上海市政府) the park alliance was founded.
 */
import type { GuidingBody } from './types';

const source = '002_ec1d6d7b96de0d5d.txt' as const;
const evidence = '在国家发改委、科技部相关部门的指导和上海市政府的支持下';

export const GUIDING_BODIES: readonly GuidingBody[] = [
  { key: 'ndrc', originalName: '国家发改委', level: 'national', relationStated: '指导', scopeStated: '相关部门', source, evidence },
  { key: 'most', originalName: '科技部', level: 'national', relationStated: '指导', scopeStated: '相关部门', source, evidence },
  {
    key: 'shanghai-municipal-government',
    originalName: '上海市政府',
    level: 'municipal',
    areaCode: '310000', // 上海市
    relationStated: '支持',
    source,
    evidence,
  },
];
