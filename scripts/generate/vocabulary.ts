/**
 * Words generated firm and project names are made of: a place, a trade name (字号), an industry
 * word of the firm's chain and an organisation form — the shape of a Chinese legal name
 * (杭州华宏新能源科技有限公司). Only characters that survive Simplified → Traditional → Simplified
 * unchanged are used, so Tianjin's Traditional record of a firm folds back to the same Simplified
 * name, and hence the same credit code, as the other regions' records.
 */
import { CHAIN_LINKS, CANONICAL_CHAINS, chainForLocalName, linkForLocalName, type ChainLinkCode } from '../../schema/contract/chains';
import { invariant } from '../../schema/contract/invariant';
import { toSimplified, toTraditional } from '../../schema/contract/script';

/** Stable under both conversions, in both directions. */
export function roundTrips(simplified: string): boolean {
  return toSimplified(simplified) === simplified && toSimplified(toTraditional(simplified)) === simplified;
}

const TRADE_CHARACTERS = [
  ...new Set(
    '华宏盛达鑫恒泰瑞通远博嘉新创科源德佳富安康辰星海天润腾飞东航明光金银丰和美中信诚正鼎立世纪元亿万祥福昌隆兴旺洲宇宙辉煌晶晟昊晨旭阳' +
      '春秋冬夏青蓝绿紫红白龙凤鹏鹰虎豪杰英俊雄伟强健力勤久永长山川河江湖泉溪云雨雪霜风雷电火石玉珠宝钻翠锦绣彩丽雅致精义仁礼智勇毅合聚' +
      '汇集联众协同平顺利捷速迅敏锐卓越超凡优质尚品名扬振夏神州九环球际图业广大厚载物地人乐宁静致朗清沃土收耀月日亮普惠禾荣贵吉如意百千' +
      '启拓先锋领坚骏驰凯旋胜壮志亚欧澳北南西国邦城港湾峰岭林森松柏桦梅兰竹菊荷莲桂橙樱杉柳楠榕枫稻麦谷茂蔚睿哲思慧聪灵途程鸿鹤燕鹭雁' +
      '驹麒麟狮豹熊鲸蛟凌霄宸曜煜炜烨焱淼垚磊奥特斯普莱克诺维展钧铭钰铎淳澜涛浩瀚沧溢滨潮汐澄澈露霖沛泽渊',
  ),
].filter(roundTrips);

/** Organisation forms (组织形式); a firm's form and trade name together identify it (see tradeName). */
export const ORGANISATION_FORMS = [
  '有限公司',
  '科技有限公司',
  '股份有限公司',
  '集团有限公司',
  '实业有限公司',
  '技术有限公司',
  '科技股份有限公司',
  '发展有限公司',
  '制造有限公司',
  '工业有限公司',
  '控股有限公司',
  '技术股份有限公司',
].filter(roundTrips);

/** Distinct (trade name, form) pairs: the most firms a run can name without two sharing a name. */
export const NAMEABLE_FIRMS = TRADE_CHARACTERS.length ** 2 * ORGANISATION_FORMS.length;

/**
 * The trade name and form of firm `index`: a bijection on [0, NAMEABLE_FIRMS), so no two firms of
 * a run share both and hence no two share a legal name. The multiplier scatters neighbours.
 */
export function tradeName(index: number, seed: number): { trade: string; form: string } {
  const k = TRADE_CHARACTERS.length;
  const pairs = k * k;
  const within = index % pairs;
  // 7919 is prime and does not divide k² (k is not a multiple of 7919): a permutation of [0, k²).
  const t = (((within * 7919 + (seed % pairs)) % pairs) + pairs) % pairs;
  const round = Math.floor(index / pairs);
  const form = ORGANISATION_FORMS[(round + t) % ORGANISATION_FORMS.length]!;
  return { trade: TRADE_CHARACTERS[t % k]! + TRADE_CHARACTERS[Math.floor(t / k)]!, form };
}

/** Words naming each chain's trade in a firm name (新能源, 锂电, 汽车零部件…). */
export const INDUSTRY_WORDS: Record<string, string[]> = {
  NEW_ENERGY: ['新能源', '光伏', '风电', '氢能', '储能', '绿能'],
  POWER_BATTERY: ['电池', '锂电', '动力电池', '电池材料'],
  NEV: ['汽车', '新能源汽车', '汽车部件', '车业'],
  IC: ['半导体', '微电子', '集成电路', '芯片'],
  CONNECTED_VEHICLES: ['车联网', '智能网联', '智行', '车载电子'],
  HIGH_END_EQUIPMENT: ['装备', '智能装备', '精密机械', '数控'],
  ROBOTICS: ['机器人', '自动化', '机电'],
  BIOMEDICINE: ['生物医药', '医药', '生物', '医疗器械', '制药'],
  ELECTRICAL_EQUIPMENT: ['电气', '电力设备', '电器', '输配电'],
  RUBBER_PLASTICS: ['橡塑', '橡胶', '塑业', '塑胶'],
  NEW_MATERIALS: ['新材料', '复合材料', '高分子'],
  CHEMICALS: ['化工', '精细化工', '化学'],
  TEXTILES: ['纺织', '化纤', '织造'],
  NON_METALLIC_MINERALS: ['钙业', '矿业', '建材'],
  BAMBOO: ['竹业', '竹木'],
  ECO_INDUSTRY: ['环保', '生态', '环境'],
  DIGITAL_ECONOMY: ['信息', '数字', '软件', '网络', '数据'],
};

/** What a project builds, for its title (…生产基地项目). */
export const PROJECT_FACILITIES = ['生产基地', '研发中心', '产业园', '智能工厂', '扩产', '技术改造', '总部基地', '产业化'].filter(roundTrips);

/** Each canonical link's name as a region writes it, Simplified; Tianjin writes the Traditional form. */
const LINK_WORDS: Record<ChainLinkCode, string> = {
  RND: '研发',
  DESIGN: '设计',
  MATERIALS: '材料',
  COMPONENTS: '零部件',
  EQUIPMENT: '装备',
  PRODUCTION: '生产',
  INVESTMENT: '投资',
  CONSTRUCTION: '建设',
  TRANSMISSION: '输配电',
  OPERATIONS: '运维',
  APPLICATION: '应用',
  RECYCLING: '回收',
  TESTING: '测试',
  SERVICES: '服务',
};

export function localLinkName(link: ChainLinkCode, traditional: boolean): string {
  return traditional ? toTraditional(LINK_WORDS[link]) : LINK_WORDS[link];
}

/**
 * A region's own names for a chain: the names it uses (chains.ts localNames), else the canonical
 * Chinese name — in Traditional script for Tianjin.
 */
export function localChainNames(region: 'tianjin' | 'yangtze' | 'zhejiang', chainCode: string): string[] {
  const chain = CANONICAL_CHAINS.find((c) => c.code === chainCode);
  invariant(chain, `unknown chain ${chainCode}`);
  const own = chain.localNames[region];
  if (own?.length) return own;
  return [region === 'tianjin' ? toTraditional(chain.nameZh) : chain.nameZh];
}

// Every word must mean what the taxonomy says, or the directory projection would refuse it.
for (const chain of CANONICAL_CHAINS) {
  invariant(INDUSTRY_WORDS[chain.code]?.length, `no industry words for chain ${chain.code}`);
  for (const region of ['tianjin', 'yangtze', 'zhejiang'] as const) {
    for (const name of localChainNames(region, chain.code)) invariant(chainForLocalName(name)?.code === chain.code, `"${name}" does not map to ${chain.code}`);
  }
}
for (const link of Object.keys(CHAIN_LINKS) as ChainLinkCode[]) {
  for (const traditional of [false, true]) invariant(linkForLocalName(localLinkName(link, traditional)) === link, `"${localLinkName(link, traditional)}" does not map to ${link}`);
}
for (const words of Object.values(INDUSTRY_WORDS)) for (const word of words) invariant(roundTrips(word), `industry word "${word}" changes under script conversion`);
