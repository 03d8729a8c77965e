/**
 * Yangtze region: national strategies and planning documents the report refers to
 * ("一带一路", "长江经济带", 《长江经济带发展规划纲要》).
 */
import type { PolicyReference } from './types';

const source = '002_ec1d6d7b96de0d5d.txt' as const;

export const POLICY_REFERENCES: readonly PolicyReference[] = [
  {
    key: 'belt-and-road',
    originalName: '一带一路',
    kind: 'national-strategy',
    source,
    evidence: '‘一带一路’与‘长江经济带’两个国家战略互动',
  },
  {
    key: 'yangtze-economic-belt',
    originalName: '长江经济带',
    kind: 'national-strategy',
    source,
    evidence: '‘一带一路’与‘长江经济带’两个国家战略互动',
  },
  {
    key: 'yangtze-economic-belt-development-plan',
    originalName: '长江经济带发展规划纲要',
    kind: 'planning-document',
    source,
    evidence: '探索《长江经济带发展规划纲要》如何实施',
  },
];
