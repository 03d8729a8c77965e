/**
 * Yangtze region: the source article (Economic Daily, 2016-11-11) — title, outlets, reporter,
 * editor, photo caption and section headings. Relative dates elsewhere resolve against this date.
 */
import type { Article } from './types';

export const ARTICLES: readonly Article[] = [
  {
    key: 'economic-daily-2016-11-11-park-alliance',
    title: '长江流域园区合作联盟搭建发展聚合平台',
    publishedAt: { text: '2016年11月11日', year: 2016, month: 11, day: 11 },
    publishedTime: '06:20',
    outletNames: ['中国经济网', '经济日报'],
    reporterPersonKey: 'shen-zejin',
    editorPersonKey: 'fu-zhongming',
    photo: {
      caption: '图为上海交通大学自主研制的可翻越障碍、应用于消防现场等特殊环境的机器人。',
      photographerPersonKey: 'liu-ying',
      agencyName: '新华社',
      subjectOrgKey: 'shanghai-jiao-tong-university',
    },
    sectionHeadings: ['搭建起聚合平台', '支撑起产业联盟', '激发出叠加效应'],
    source: '002_ec1d6d7b96de0d5d.txt',
    evidence: '2016年11月11日 06:20   来源:中国经济网—《经济日报》',
  },
];
