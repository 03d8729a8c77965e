/**
 * Yangtze region: industry-led alliances under the park alliance — so far only the Yangtze
 * intelligent manufacturing & robot industry alliance (founded 2016-10-25 in Shanghai).
 */
import type { IndustryAlliance } from './types';

export const INDUSTRY_ALLIANCES: readonly IndustryAlliance[] = [
  {
    key: 'yangtze-intelligent-manufacturing-robot-alliance',
    originalName: '长江流域智能制造与机器人产业联盟',
    parentAllianceKey: 'yangtze-park-alliance',
    natureStated: '产业为主的联盟',
    isFirstToJoinParentStated: true,
    founded: { text: '10月25日', year: 2016, month: 10, day: 25 },
    foundedAreaCode: '310000', // 上海市
    organisationTypeStated: '平台型的产业组织',
    initiatorCountStated: { value: 100, qualifier: '近', text: '近百家' },
    initiatorKindsStated: ['科研院所', '企业', '投资机构', '社会平台'],
    initiatorScopeAreaText: '长江流域内',
    coveredFirmCountStated: { value: 1000, qualifier: '超过', text: '超过千家' },
    chainKeys: ['intelligent-equipment-and-robots', 'intelligent-manufacturing', 'robots'],
    localLinkNames: ['生产', '营销', '技术', '服务'],
    goal: {
      horizonYears: 10,
      targets: [
        { text: '一批亿元级企业', threshold: { value: 1, unit: '亿元' } },
        { text: '百亿级以上的企业集团', threshold: { value: 100, unit: '亿元' }, qualifier: '以上' },
      ],
      aim: '提升我国这一产业在国际上的整体水平和地位',
      evidence: '联盟争取用10年时间,推动和打造一批亿元级企业和百亿级以上的企业集团,提升我国这一产业在国际上的整体水平和地位',
    },
    initiatorPersonKeys: ['zhou-mingyu'],
    source: '002_ec1d6d7b96de0d5d.txt',
    evidence: '这是第一个加入长江流域园区合作联盟的产业联盟',
  },
];
