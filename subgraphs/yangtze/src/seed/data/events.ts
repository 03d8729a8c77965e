/**
 * Yangtze region: the alliance's matchmaking conferences, expo, summit, the robot alliance's
 * founding, the council meeting, and the matchmaking activities zones announced there for next year.
 */
import type { AllianceEvent } from './types';

const source = '002_ec1d6d7b96de0d5d.txt' as const;

export const EVENTS: readonly AllianceEvent[] = [
  {
    key: 'first-industry-cooperation-matchmaking-shanghai',
    originalName: '长江流域园区项目合作联盟产业合作对接会',
    description: '第一场长江流域园区项目合作联盟产业合作对接会,长江全流域高新区大聚首',
    kind: 'matchmaking-conference',
    status: 'held',
    sequenceStated: '第一场',
    areaCode: '310000', // 上海市
    allianceKeys: ['yangtze-park-alliance'],
    organiserZoneKeys: [],
    chainKeys: [],
    figures: [
      { metric: '项目对接', count: { value: 100, qualifier: '多', text: '100多个项目对接' } },
      { metric: '现场意向签约项目', count: { value: 40, qualifier: '多', text: '现场意向签约40多个项目' } },
    ],
    componentsStated: [],
    source,
    evidence: '在上海举办的第一场长江流域园区项目合作联盟产业合作对接会上,100多个项目对接,现场意向签约40多个项目',
  },
  {
    key: 'zhangjiang-international-innovation-matchmaking-expo-2016',
    originalName: '张江高新区国际创新项目合作对接会暨创新产品展',
    description: '百家投资机构对接百个顶级项目路演,吸引了千余家企业参加活动',
    kind: 'matchmaking-and-expo',
    status: 'held',
    date: { text: '今年9月', year: 2016, month: 9 },
    areaCode: '310000', // 上海市
    hostOccasionName: '上海第八届设计双年展',
    allianceKeys: ['yangtze-park-alliance'],
    organiserZoneKeys: ['shanghai-zhangjiang'],
    chainKeys: [],
    figures: [
      { metric: '投资机构', count: { value: 100, text: '百家投资机构' } },
      { metric: '顶级项目路演', count: { value: 100, text: '百个顶级项目路演' } },
      { metric: '参加企业', count: { value: 1000, qualifier: '余', text: '千余家企业参加活动' } },
    ],
    componentsStated: ['国际创新项目合作对接会', '创新产品展'],
    source,
    evidence: '今年9月,在上海第八届设计双年展上,上海张江高新区又与园区联盟联合举办了“张江高新区国际创新项目合作对接会暨创新产品展”',
  },
  {
    key: 'belt-road-yangtze-summit-2016',
    originalName: '“一带一路”与“长江经济带”产业合作峰会(上海)暨2016国际智能制造企业家研讨会',
    description: '来自国内外的与会代表共谋推进长江流域园区产业合作',
    kind: 'summit-and-seminar',
    status: 'held',
    date: { text: '10月', year: 2016, month: 10 },
    areaCode: '310000', // 上海市
    allianceKeys: ['yangtze-park-alliance'],
    organiserZoneKeys: ['shanghai-zhangjiang'],
    chainKeys: ['intelligent-manufacturing'],
    figures: [],
    componentsStated: ['“一带一路”与“长江经济带”产业合作峰会(上海)', '2016国际智能制造企业家研讨会'],
    source,
    evidence: '10月,上海张江高新区再次与园区联盟一起在上海举办',
  },
  {
    key: 'robot-alliance-founding-2016-10-25',
    description: '长江流域智能制造与机器人产业联盟在上海成立;联盟成立、产品展示,还有联盟发展论坛',
    kind: 'founding-ceremony',
    status: 'held',
    date: { text: '10月25日', year: 2016, month: 10, day: 25 },
    areaCode: '310000', // 上海市
    allianceKeys: ['yangtze-intelligent-manufacturing-robot-alliance'],
    organiserZoneKeys: [],
    chainKeys: ['intelligent-equipment-and-robots'],
    figures: [],
    componentsStated: ['联盟成立', '产品展示', '联盟发展论坛'],
    source,
    evidence: '联盟成立、产品展示,还有联盟发展论坛,吸引来很多企业',
  },
  {
    key: 'park-alliance-council-meeting-2016',
    originalName: '园区联盟理事会',
    description: '近日召开的园区联盟理事会',
    kind: 'council-meeting',
    status: 'held',
    date: { text: '近日' },
    allianceKeys: ['yangtze-park-alliance'],
    organiserZoneKeys: [],
    chainKeys: [],
    figures: [],
    componentsStated: [],
    source,
    evidence: '在近日召开的园区联盟理事会上',
  },
  {
    key: 'wuhan-donghu-innovation-matchmaking-2017',
    description: '明年要在园区所在城市举办更富新意的创新对接活动',
    kind: 'innovation-matchmaking-activity',
    status: 'planned',
    date: { text: '明年', year: 2017 },
    areaCode: '420100', // 武汉市 (园区所在城市)
    allianceKeys: ['yangtze-park-alliance'],
    organiserZoneKeys: ['wuhan-donghu'],
    chainKeys: [],
    figures: [],
    componentsStated: [],
    announcedBy: { zoneKeys: ['wuhan-donghu', 'chongqing-liangjiang'], othersUnnamed: true, atEventKey: 'park-alliance-council-meeting-2016' },
    source,
    evidence: '武汉东湖高新区、重庆两江新区等也表示明年要在园区所在城市举办更富新意的创新对接活动',
  },
  {
    key: 'chongqing-liangjiang-innovation-matchmaking-2017',
    description: '明年要在园区所在城市举办更富新意的创新对接活动',
    kind: 'innovation-matchmaking-activity',
    status: 'planned',
    date: { text: '明年', year: 2017 },
    areaCode: '500000', // 重庆市 (园区所在城市)
    allianceKeys: ['yangtze-park-alliance'],
    organiserZoneKeys: ['chongqing-liangjiang'],
    chainKeys: [],
    figures: [],
    componentsStated: [],
    announcedBy: { zoneKeys: ['wuhan-donghu', 'chongqing-liangjiang'], othersUnnamed: true, atEventKey: 'park-alliance-council-meeting-2016' },
    source,
    evidence: '武汉东湖高新区、重庆两江新区等也表示明年要在园区所在城市举办更富新意的创新对接活动',
  },
];
