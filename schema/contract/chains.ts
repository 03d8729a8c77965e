/**
 * The canonical industry-chain taxonomy (产业链) every region maps its own chain names onto, and the
 * canonical links (环节) a firm can serve within a chain. Regions keep their local names; the
 * mapping below is the one place that says which canonical chain a local name means. Local names
 * are compared in search form (Simplified), so Tianjin's Traditional names map without a copy.
 */
import { searchForm } from './script';

export const CHAIN_LINKS = {
  RND: { nameZh: '研发', nameEn: 'research & development' },
  DESIGN: { nameZh: '设计', nameEn: 'design & engineering' },
  MATERIALS: { nameZh: '材料', nameEn: 'materials' },
  COMPONENTS: { nameZh: '零部件', nameEn: 'components' },
  EQUIPMENT: { nameZh: '装备', nameEn: 'equipment' },
  PRODUCTION: { nameZh: '生产制造', nameEn: 'production' },
  INVESTMENT: { nameZh: '投资', nameEn: 'investment & finance' },
  CONSTRUCTION: { nameZh: '建设', nameEn: 'construction' },
  TRANSMISSION: { nameZh: '输配电', nameEn: 'power transmission & distribution' },
  OPERATIONS: { nameZh: '运维', nameEn: 'operation & maintenance' },
  APPLICATION: { nameZh: '应用', nameEn: 'application & market' },
  RECYCLING: { nameZh: '回收', nameEn: 'recycling' },
  TESTING: { nameZh: '测试', nameEn: 'testing & measurement' },
  SERVICES: { nameZh: '服务', nameEn: 'services' },
} as const;

export type ChainLinkCode = keyof typeof CHAIN_LINKS;

export interface CanonicalChain {
  code: string;
  nameZh: string;
  nameEn: string;
  /** The links that make up the chain, upstream first; gap analysis checks coverage of these. */
  links: ChainLinkCode[];
  /** Every region's own names for this chain (any script). */
  localNames: { tianjin?: string[]; yangtze?: string[]; zhejiang?: string[] };
}

export const CANONICAL_CHAINS: CanonicalChain[] = [
  {
    code: 'NEW_ENERGY',
    nameZh: '新能源(双碳)',
    nameEn: 'new energy and dual-carbon',
    links: ['DESIGN', 'RND', 'INVESTMENT', 'CONSTRUCTION', 'PRODUCTION', 'TRANSMISSION', 'OPERATIONS'],
    localNames: { tianjin: ['新能源', '雙碳', '濱水風光', '新能源新材料', '新能源新材料和智慧網聯', '光伏', '風電', '氫能', '智慧能源'], zhejiang: ['新能源'] },
  },
  {
    code: 'POWER_BATTERY',
    nameZh: '新能源电池',
    nameEn: 'power and new-energy batteries',
    links: ['RND', 'MATERIALS', 'PRODUCTION', 'APPLICATION', 'RECYCLING'],
    localNames: { tianjin: ['新能源電池', '電池', '新能源電池材料', '新能源電池資料'], zhejiang: ['电池', '新能源电池'] },
  },
  {
    code: 'NEV',
    nameZh: '汽车及新能源汽车',
    nameEn: 'automobiles and new-energy vehicles',
    links: ['RND', 'COMPONENTS', 'PRODUCTION', 'APPLICATION', 'SERVICES'],
    localNames: { tianjin: ['汽車及新能源汽車', '新能源汽車', '汽車'], zhejiang: ['新能源汽车', '汽车零部件', '新能源汽车零部件', '新能源整车', '整车'] },
  },
  {
    code: 'IC',
    nameZh: '集成电路',
    nameEn: 'integrated circuits',
    links: ['RND', 'DESIGN', 'MATERIALS', 'EQUIPMENT', 'PRODUCTION', 'TESTING'],
    localNames: { tianjin: ['集成電路', '半導體'] },
  },
  {
    code: 'CONNECTED_VEHICLES',
    nameZh: '车联网与智能网联',
    nameEn: 'connected and intelligent vehicles',
    links: ['RND', 'COMPONENTS', 'PRODUCTION', 'APPLICATION', 'SERVICES'],
    localNames: { tianjin: ['車聯網', '智慧網聯', '智能網聯', '智能網聯汽車'] },
  },
  {
    code: 'HIGH_END_EQUIPMENT',
    nameZh: '高端装备与智能制造',
    nameEn: 'high-end equipment and intelligent manufacturing',
    links: ['RND', 'DESIGN', 'COMPONENTS', 'PRODUCTION', 'TESTING', 'SERVICES'],
    localNames: { tianjin: ['高端裝備', '智慧製造', '高端裝備和智能製造', '高端裝備和智能制造', '航空發動機', '無人機', '智能軌道交通'], yangtze: ['智能制造', '智能装备'] },
  },
  {
    code: 'ROBOTICS',
    nameZh: '机器人',
    nameEn: 'robotics',
    links: ['RND', 'COMPONENTS', 'PRODUCTION', 'APPLICATION', 'SERVICES'],
    localNames: { yangtze: ['机器人', '智能制造与机器人', '智能装备和机器人'] },
  },
  {
    code: 'BIOMEDICINE',
    nameZh: '生物医药与生命健康',
    nameEn: 'biomedicine and life sciences',
    links: ['RND', 'PRODUCTION', 'APPLICATION', 'SERVICES'],
    localNames: { tianjin: ['生物醫藥', '生命健康', '大健康', '高端醫療器械', '生物醫藥和生命健康'] },
  },
  {
    code: 'ELECTRICAL_EQUIPMENT',
    nameZh: '电气',
    nameEn: 'electrical equipment',
    links: ['RND', 'COMPONENTS', 'PRODUCTION', 'TRANSMISSION', 'SERVICES'],
    localNames: { tianjin: ['輸配電', '動力與電氣'], zhejiang: ['电气'] },
  },
  {
    code: 'RUBBER_PLASTICS',
    nameZh: '橡塑制品',
    nameEn: 'rubber and plastics',
    links: ['MATERIALS', 'PRODUCTION', 'APPLICATION'],
    localNames: { zhejiang: ['橡塑制品', '橡胶', '橡胶产业'] },
  },
  {
    code: 'NEW_MATERIALS',
    nameZh: '新材料',
    nameEn: 'new materials',
    links: ['RND', 'MATERIALS', 'PRODUCTION', 'APPLICATION'],
    localNames: { tianjin: ['新材料'], zhejiang: ['新材料', '半导体新材料'] },
  },
  {
    code: 'CHEMICALS',
    nameZh: '化工',
    nameEn: 'chemicals',
    links: ['MATERIALS', 'PRODUCTION', 'APPLICATION'],
    localNames: { zhejiang: ['化工'] },
  },
  {
    code: 'TEXTILES',
    nameZh: '纺织化纤',
    nameEn: 'textiles and chemical fibres',
    links: ['MATERIALS', 'PRODUCTION', 'APPLICATION'],
    localNames: { zhejiang: ['产业用布', '化纤', '工业用丝'] },
  },
  {
    code: 'NON_METALLIC_MINERALS',
    nameZh: '钙材料与非金属矿',
    nameEn: 'calcium and non-metallic minerals',
    links: ['MATERIALS', 'RND', 'PRODUCTION', 'APPLICATION'],
    localNames: { zhejiang: ['钙', '钙业', '石灰石', '纳米钙'] },
  },
  {
    code: 'BAMBOO',
    nameZh: '竹产业',
    nameEn: 'bamboo products',
    links: ['MATERIALS', 'PRODUCTION', 'APPLICATION'],
    localNames: { zhejiang: ['竹产业'] },
  },
  {
    code: 'ECO_INDUSTRY',
    nameZh: '生态工业',
    nameEn: 'ecological industry',
    links: ['MATERIALS', 'PRODUCTION', 'APPLICATION'],
    localNames: { zhejiang: ['生态工业'] },
  },
  {
    code: 'DIGITAL_ECONOMY',
    nameZh: '数字经济与信创',
    nameEn: 'digital economy and IT innovation',
    links: ['RND', 'PRODUCTION', 'APPLICATION', 'SERVICES'],
    localNames: { tianjin: ['信創'], zhejiang: ['数字经济'] },
  },
];

const chainByCode = new Map(CANONICAL_CHAINS.map((c) => [c.code, c]));
const chainByLocalName = new Map<string, CanonicalChain>();
for (const chain of CANONICAL_CHAINS) {
  for (const names of Object.values(chain.localNames)) {
    for (const name of names ?? []) chainByLocalName.set(searchForm(name), chain);
  }
  chainByLocalName.set(searchForm(chain.nameZh), chain);
}

export function findChain(code: string): CanonicalChain | undefined {
  return chainByCode.get(code);
}

/** The canonical chain a region's local chain name means, in either script. */
export function chainForLocalName(localName: string): CanonicalChain | undefined {
  return chainByLocalName.get(searchForm(localName));
}

const LINK_LOCAL_NAMES: Record<string, ChainLinkCode> = Object.fromEntries(
  (
    [
      ['研發', 'RND'], ['研发', 'RND'], ['科研', 'RND'], ['技術', 'RND'],
      ['設計', 'DESIGN'], ['设计', 'DESIGN'], ['工程設計', 'DESIGN'],
      ['材料', 'MATERIALS'], ['關鍵材料', 'MATERIALS'], ['原料', 'MATERIALS'],
      ['零部件', 'COMPONENTS'], ['汽车零部件', 'COMPONENTS'], ['核心零部件', 'COMPONENTS'], ['汽車電子', 'COMPONENTS'], ['汽車動力', 'COMPONENTS'], ['配套', 'COMPONENTS'],
      ['裝備', 'EQUIPMENT'], ['設備', 'EQUIPMENT'],
      ['生產', 'PRODUCTION'], ['生产', 'PRODUCTION'], ['製造', 'PRODUCTION'], ['整车', 'PRODUCTION'], ['營銷', 'APPLICATION'], ['营销', 'APPLICATION'],
      ['投資', 'INVESTMENT'], ['投资', 'INVESTMENT'], ['融資', 'INVESTMENT'],
      ['建設', 'CONSTRUCTION'], ['建设', 'CONSTRUCTION'],
      ['輸配電', 'TRANSMISSION'],
      ['運維', 'OPERATIONS'], ['运维', 'OPERATIONS'],
      ['應用', 'APPLICATION'], ['应用', 'APPLICATION'], ['市場應用', 'APPLICATION'],
      ['回收', 'RECYCLING'],
      ['測試', 'TESTING'], ['测试', 'TESTING'],
      ['服務', 'SERVICES'], ['服务', 'SERVICES'],
    ] as const
  ).map(([name, code]) => [searchForm(name), code]),
);

/** The canonical link a region's local link name means ('設計' → DESIGN). */
export function linkForLocalName(localName: string): ChainLinkCode | undefined {
  return LINK_LOCAL_NAMES[searchForm(localName)];
}
