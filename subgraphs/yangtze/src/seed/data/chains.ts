/**
 * Yangtze region: industry chain names exactly as the report uses them (mapped to the central
 * taxonomy later). Referenced by key from industry alliances, events and organisations.
 */
import type { IndustryChain } from './types';

const source = '002_ec1d6d7b96de0d5d.txt' as const;

export const INDUSTRY_CHAINS: readonly IndustryChain[] = [
  {
    key: 'intelligent-equipment-and-robots',
    localChainName: '智能装备和机器人',
    source,
    evidence: '涵盖了超过千家智能装备和机器人产业的生产、营销、技术和服务等领域的企业',
  },
  {
    key: 'intelligent-manufacturing',
    localChainName: '智能制造',
    source,
    evidence: '2016国际智能制造企业家研讨会',
  },
  {
    key: 'robots',
    localChainName: '机器人',
    source,
    evidence: '我国机器人行业目前比较散,没有形成产业链',
  },
];
