/**
 * Yangtze region: the Yangtze River park cooperation alliance (长江流域园区合作联盟) — founding,
 * founders, stated membership/coverage counts and its share of all national high-tech zones.
 */
import type { ParkAlliance } from './types';

export const PARK_ALLIANCES: readonly ParkAlliance[] = [
  {
    key: 'yangtze-park-alliance',
    originalName: '长江流域园区合作联盟',
    shortName: '园区联盟',
    founded: { text: '去年10月', year: 2015, month: 10 },
    foundedAreaCode: '310000', // 上海市
    natureStated: ['行政为主的联盟', '比较松散、跨地域跨行政区划的机构'],
    founderZoneKeys: ['shanghai-zhangjiang', 'wuhan-donghu', 'chongqing-liangjiang', 'nanjing', 'hefei'],
    leadFounderZoneKey: 'shanghai-zhangjiang',
    founderCountStated: { value: 5, text: '5个国家高新区' },
    applicantZoneCountStated: { value: 51, text: '现共有51家国家高新区申请加入园区联盟' },
    coveredProvinceCountStated: { value: 11, text: '覆盖长江经济带11个省市' },
    coveredRegionName: '长江经济带',
    nationalShare: {
      metrics: ['营业总收入', '工业总产值', '上缴税', '净利润', '出口'],
      share: { value: 40, unit: '%', qualifier: '约…左右', text: '约占全国高新区40%左右' },
      evidence: '营业总收入、工业总产值、上缴税、净利润、出口约占全国高新区40%左右',
    },
    guidingBodyKeys: ['ndrc', 'most', 'shanghai-municipal-government'],
    industryAllianceCountStated: { value: 1, text: '现在只有一个产业联盟' },
    achievementsStated: [
      '联合构建起协同发展平台',
      '建立了多层次协商机制',
      '聚起大量创新资源和一批领军企业',
    ],
    plansStated: ['待形成可复制模式了,再带动其他新兴产业成立产业联盟'],
    source: '002_ec1d6d7b96de0d5d.txt',
    evidence: '去年10月,在国家发改委、科技部相关部门的指导和上海市政府的支持下,由上海张江高新区联合武汉东湖高新区、重庆两江新区、南京高新区、合肥高新区5个国家高新区在上海共同发起成立长江流域园区合作联盟',
  },
];
