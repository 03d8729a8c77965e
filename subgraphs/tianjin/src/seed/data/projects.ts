/**
 * Tianjin region: projects the reports name — innovation platforms signed into Tiankai Xiqing Park, the
 * 金西盟 stem-cell project (6億元) and the South Station road projects — with status and stated figures.
 * The 134 projects landed in Tiankai Xiqing Park since 4月11日 are a count on the park (parks.ts), not listed.
 */
import type { Project } from './types';

const S001 = '001_64ba9a984c48cfb9.txt' as const;

const PLATFORMS = '啟動建園以來,已簽約引進新能源電池資料和高端醫療器械兩個重大創新平臺';

export const projects: readonly Project[] = [
  {
    key: 'tiankai-xiqing-new-energy-battery-materials-platform',
    originalName: '新能源電池資料重大創新平臺',
    kind: 'innovation-platform',
    areaCode: '120111', // 西青区
    parkKey: 'tiankai-xiqing-park',
    localChainNames: ['新能源電池資料'],
    status: 'signed-introduced',
    statusDate: { text: '啟動建園以來' },
    effectsStated: ['帶動天開西青園打造兩個千億級主導產業集羣'],
    source: S001,
    evidence: PLATFORMS,
  },
  {
    key: 'tiankai-xiqing-high-end-medical-devices-platform',
    originalName: '高端醫療器械重大創新平臺',
    kind: 'innovation-platform',
    areaCode: '120111',
    parkKey: 'tiankai-xiqing-park',
    localChainNames: ['高端醫療器械'],
    status: 'signed-introduced',
    statusDate: { text: '啟動建園以來' },
    effectsStated: ['帶動天開西青園打造兩個千億級主導產業集羣'],
    source: S001,
    evidence: PLATFORMS,
  },
  {
    key: 'jinximeng-stem-cell-project',
    originalName: '金西盟幹細胞研發製造及智能化細胞工廠自動化整體解決方案項目',
    kind: 'industrial-project',
    areaCode: '120111',
    localChainNames: ['生物醫藥'],
    sponsor: { kind: 'firm', key: 'jinximeng' },
    facilitator: { kind: 'partyCommittee', key: 'xiqing-biomed-chain-party-committee' },
    totalInvestment: { amount: { value: 6, unit: '亿元' }, text: '總投資6億元' },
    status: 'landed',
    source: S001,
    evidence: '推動總投資6億元的金西盟幹細胞研發製造及智能化細胞工廠自動化整體解決方案項目順利落地',
  },
  {
    key: 'ruida-road',
    originalName: '瑞達路工程',
    kind: 'road-project',
    areaCode: '120111',
    parkKey: 'tianjin-south-station-business-district',
    status: 'under-construction',
    statusDate: { text: '眼下' },
    effectsStated: ['南站區域聯通中心城區很快再添一條重要通道'],
    source: S001,
    evidence: '位於天津南站科技商務區的瑞達路工程正在加緊建設中',
  },
  {
    key: 'south-station-jincang-expressway-channel',
    originalName: '天津南站至津滄高速專用通道',
    kind: 'road-project',
    areaCode: '120111',
    parkKey: 'tianjin-south-station-business-district',
    status: 'opened-to-traffic',
    statusDate: { text: '3個多月前' },
    travelTime: {
      before: { value: 30, unit: 'minutes', text: '30分鐘' },
      after: { value: 10, unit: 'minutes', text: '10分鐘' },
      route: '從南站覈心區驅車至中心城區',
    },
    effectsStated: [
      '過去到市區要繞行津靜公路、津淶公路,現在走專用通道,一路沒有紅綠燈,直達津靜公路交流道,進入複康路',
    ],
    source: S001,
    evidence: '3個多月前,天津南站至津滄高速專用通道全線通車,從南站覈心區驅車至中心城區,用時從30分鐘縮短到10分鐘',
  },
];
