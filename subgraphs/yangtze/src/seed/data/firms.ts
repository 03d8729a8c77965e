/**
 * Yangtze region: firms and institutes named in the report (a Shanghai industrial firm and the
 * university whose robot is pictured), with the chains the report puts them in and the sentence
 * that does. Area from the registered name's place prefix (上海).
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
    // Its chairman speaks of the robot alliance's founding, product show and forum, in that alliance's passage.
    chains: [
      {
        localChainName: '智能装备和机器人',
        basis: 'passage',
        source,
        evidence: '上海瑞尔实业有限公司董事长李健军告诉记者,联盟成立、产品展示,还有联盟发展论坛,吸引来很多企业',
      },
    ],
    source,
    evidence: '上海瑞尔实业有限公司董事长李健军',
  },
  {
    key: 'shanghai-jiao-tong-university',
    originalName: '上海交通大学',
    orgType: 'university',
    areaCode: '310000', // 上海市
    areaBasis: 'name-prefix',
    chains: [
      {
        localChainName: '机器人',
        localLinkNames: ['研发'],
        basis: 'stated',
        source,
        evidence: '图为上海交通大学自主研制的可翻越障碍、应用于消防现场等特殊环境的机器人',
      },
    ],
    activityStated: '自主研制的可翻越障碍、应用于消防现场等特殊环境的机器人',
    source,
    evidence: '图为上海交通大学自主研制的可翻越障碍、应用于消防现场等特殊环境的机器人',
  },
];
