// The six tracks (六大赛道) the provincial Department of Economy and Information Technology set for the pairings.
// Order and names exactly as the report lists them; the report adds only that 产业 is the top priority.
// Source: 004_40e4ab73a9e6f876.txt.

import type { ProgrammeKey } from './programme';
import { SOURCE, type Sourced } from './types';

export interface ZjTrack extends Sourced {
  key: string;
  programmeKey: ProgrammeKey;
  /** 1-based position in the report's list. */
  order: number;
  originalName: string;
}

const EVIDENCE =
  '省经信厅明确定下六大赛道:产业项目合作、深化产业链协作、产业有序转移、招商信息统筹机制、数字化改造帮扶机制、要素互惠机制等';

export const tracks = [
  {
    key: 'industrial-project-cooperation',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    order: 1,
    originalName: '产业项目合作',
    source: SOURCE,
    evidence: EVIDENCE,
  },
  {
    key: 'deepen-chain-collaboration',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    order: 2,
    originalName: '深化产业链协作',
    source: SOURCE,
    evidence: EVIDENCE,
  },
  {
    key: 'orderly-industry-transfer',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    order: 3,
    originalName: '产业有序转移',
    source: SOURCE,
    evidence: EVIDENCE,
  },
  {
    key: 'investment-information-coordination',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    order: 4,
    originalName: '招商信息统筹机制',
    source: SOURCE,
    evidence: EVIDENCE,
  },
  {
    key: 'digital-transformation-assistance',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    order: 5,
    originalName: '数字化改造帮扶机制',
    source: SOURCE,
    evidence: EVIDENCE,
  },
  {
    key: 'factor-reciprocity',
    programmeKey: 'zj-manufacturing-pairing-2023-2025',
    order: 6,
    originalName: '要素互惠机制',
    source: SOURCE,
    evidence: EVIDENCE,
  },
] as const satisfies readonly ZjTrack[];

export type TrackKey = (typeof tracks)[number]['key'];
