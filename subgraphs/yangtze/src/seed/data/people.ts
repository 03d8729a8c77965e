/**
 * Yangtze region: people named in the report — alliance officers, the robot alliance initiator,
 * a firm chairman, and the press staff (reporter, photographer, editor). Non-public fields downstream.
 */
import type { Person } from './types';

const source = '002_ec1d6d7b96de0d5d.txt' as const;

export const PEOPLE: readonly Person[] = [
  {
    key: 'cao-zhenquan',
    name: '曹振全',
    roles: [
      { title: '理事长', organisationName: '长江流域园区合作联盟', organisationKey: 'yangtze-park-alliance' },
      { title: '常务副主任', organisationName: '上海张江高新区管委会', organisationKey: 'shanghai-zhangjiang' },
    ],
    quote:
      '从为高新区内企业合作架桥,到谋划区域协同发展,再到‘一带一路’与‘长江经济带’两个国家战略互动,国际化开放创新,联盟让全中国最有活力和潜力的高新区‘联起来’‘动起来’了',
    source,
    evidence: '园区联盟理事长、上海张江高新区管委会常务副主任曹振全',
  },
  {
    key: 'xu-jianmao',
    name: '徐建卯',
    roles: [
      { title: '秘书长', organisationName: '长江流域园区合作联盟', organisationKey: 'yangtze-park-alliance' },
      { title: '副主任', organisationName: '上海张江高新区', organisationKey: 'shanghai-zhangjiang' },
    ],
    quote:
      '长江流域园区合作联盟是行政为主的联盟,长江流域智能制造与机器人产业联盟是产业为主的联盟。我们探索推动园区联盟下发展产业联盟,就是要搭建起一个大平台,产业联盟来支撑',
    source,
    evidence: '园区联盟秘书长、上海张江高新区副主任徐建卯',
  },
  {
    key: 'zhou-mingyu',
    name: '周明玉',
    roles: [
      {
        title: '发起人之一',
        organisationName: '长江流域智能制造与机器人产业联盟',
        organisationKey: 'yangtze-intelligent-manufacturing-robot-alliance',
      },
    ],
    quote: '我国机器人行业目前比较散,没有形成产业链,大企业少,行业规模小,但创新力量很强。我们想做平台,把产学研资本贸易服务结合起来,把政府扶持政策引进来',
    source,
    evidence: '长江流域智能制造与机器人产业联盟发起人之一周明玉',
  },
  {
    key: 'li-jianjun',
    name: '李健军',
    roles: [{ title: '董事长', organisationName: '上海瑞尔实业有限公司', organisationKey: 'shanghai-ruier-industrial' }],
    quote: '联盟成立、产品展示,还有联盟发展论坛,吸引来很多企业,希望在这里了解专家和领军企业带来的行业前沿信息以及产业发展新思路',
    source,
    evidence: '上海瑞尔实业有限公司董事长李健军',
  },
  {
    key: 'shen-zejin',
    name: '沈则瑾',
    roles: [{ title: '记者', organisationName: '经济日报' }],
    source,
    evidence: '经济日报记者 沈则瑾',
  },
  {
    key: 'liu-ying',
    name: '刘颖',
    roles: [{ title: '记者(摄影)', organisationName: '新华社' }],
    source,
    evidence: '新华社记者 刘 颖摄',
  },
  {
    key: 'fu-zhongming',
    name: '符仲明',
    // The report does not say which outlet the editor belongs to.
    roles: [{ title: '责任编辑' }],
    source,
    evidence: '责任编辑:符仲明',
  },
];
