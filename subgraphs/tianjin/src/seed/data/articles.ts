/**
 * Tianjin region: the three source articles themselves — titles, outlets, dates, section headings and credits
 * as stated (000 reprints a 《天津日報》 article of 8月11日; 001 has title/summary/headings; 003 is a 本刊訊
 * magazine piece with staff credits). No year is stated in any of them, so none is set.
 */
import type { Article } from './types';

const S000 = '000_7deada67eb8abbdc.txt' as const;
const S001 = '001_64ba9a984c48cfb9.txt' as const;
const S003 = '003_48eb89cb07fefa6e.txt' as const;

export const articles: readonly Article[] = [
  {
    key: 'article-000',
    reprints: {
      outletText: '《天津日報》',
      titleStated: '產業鏈條互補 市場資源共享——雙碳產業聯盟“鏈動”綠色發展',
      published: { text: '8月11日', month: 8, day: 11 },
    },
    sectionHeadings: ['走訪出來的聯盟', '“每個環節都考慮到了”', '小聯盟的大夢想'],
    source: S000,
    evidence: '8月11日,《天津日報》刊登《產業鏈條互補 市場資源共享——雙碳產業聯盟“鏈動”綠色發展》文章',
  },
  {
    key: 'article-001',
    titleStated: '“鏈”就高品質發展新引擎',
    summaryStated:
      '“鏈”動陞級,西青區啟動高品質發展新引擎。針對重點產業鏈企業、新入駐科技型企業等,西青區深挖潜能,對接惠企政策,舉辦製造業高品質發展政策宣講會、專精特新政策宣講會,邀請專家解答疑問。',
    sectionHeadings: ['龍頭帶動 產業鏈“强筋壯骨”', '產城融合 構建聚才引智“生態圈”', '聚“鏈”成勢 打造發展“聚能環”'],
    photoCaptions: ['位於西青區的天津南站科技商務區。'],
    // The header line "天津 52℃ 0" and the trailing comment box are the web page's, not the report's: left out.
    source: S001,
    evidence: '“鏈”就高品質發展新引擎',
  },
  {
    key: 'article-003',
    outletText: '本刊 (本刊訊)',
    credits: [
      { roleStated: '策劃', personKeys: ['jin-fanqing'] },
      { roleStated: '撰文', personKeys: ['pan-liya', 'wang-yilin', 'li-baiyan'] },
      { roleStated: '攝影', personKeys: ['yuan-li', 'wang-yinghao'] },
      { roleStated: '美術編輯', personKeys: ['ding-guoming', 'zhao-xia'] },
    ],
    source: S003,
    evidence: '策劃/金凡晴 撰文/潘麗婭 王懿霖 李柏彥 攝影/袁麗 王英浩 美術編輯/丁國明 趙霞',
  },
];
