/**
 * Tianjin region: the native record shapes of the Tianjin sample dataset (parks, alliances, firms, chains ...).
 * Built from reports 000 (Binhai-Zhongguancun dual-carbon alliance), 001 (Tiankai Xiqing Park / Xiqing chains)
 * and 003 (Nankai new-energy battery talent alliance). Names stay in the reports' Traditional script.
 */
import type { ChainPlacement, Sourced, StatedAmount, StatedDate } from '../../../../../schema/contract/source';

export type { ChainPlacement, SourceFile, Sourced, StatedAmount, StatedDate } from '../../../../../schema/contract/source';

/** GB/T 2260 six-digit code (Tianjin municipality '120000', a district e.g. '120111'). */
export type AreaCode = string;

/**
 * How the report qualifies a figure: 余/餘/多 (more than), 幾 (some: 二十幾 = twenty-odd),
 * 以上 (at least), 不足 (less than). `text` on the figure keeps the report's own wording.
 */
export type Qualifier = '余' | '多' | '幾' | '以上' | '不足';

/** A count as the report states it (possibly without listing the items). */
export interface StatedCount {
  value: number;
  qualifier?: Qualifier;
  text: string;
}

/** A percentage as stated. */
export interface StatedPercent {
  value: number;
  unit: '%';
  qualifier?: Qualifier;
  text: string;
}

/** A difference or contribution in percentage points (個百分點). */
export interface StatedPoints {
  value: number;
  unit: 'percentagePoints';
  text: string;
}

/** An amount with the report's wording (qualifier for 820餘萬元). */
export interface StatedMoney {
  amount: StatedAmount;
  qualifier?: Qualifier;
  text: string;
}

/** A measured quantity that is neither money, count nor percentage (km², km, minutes, years, floors). */
export interface StatedQuantity {
  value: number;
  unit: 'km2' | 'km' | 'minutes' | 'years' | 'floor';
  qualifier?: Qualifier;
  text: string;
}

/** A reference to any record of this dataset by its kind and key. */
export type RecordRef =
  | { kind: 'firm'; key: string }
  | { kind: 'organisation'; key: string }
  | { kind: 'park'; key: string }
  | { kind: 'alliance'; key: string }
  | { kind: 'partyCommittee'; key: string }
  | { kind: 'person'; key: string }
  | { kind: 'expertTeam'; key: string };

// ---------------------------------------------------------------------------------------------
// Parks
// ---------------------------------------------------------------------------------------------

export type ParkKind =
  | 'development-zone' // 天津經開區
  | 'science-park' // 濱海-中關村科技園, 天開高教科創園
  | 'park-wing' // 天開西青園 (西翼拓展區)
  | 'park-component' // 學府工業園區, 西青大學城, 南站區域, 居住配套區
  | 'business-district' // 天津南站科技商務區
  | 'innovation-district' // 啟航灣創新產業區
  | 'service-building'; // 天開西青園科創服務中心

/** Firm counts by kind, as stated for a park. */
export interface ParkFirmCounts {
  total?: StatedCount;
  /** 規上工業企業 */
  aboveScaleIndustrial?: StatedCount;
  /** 國家高新技術企業 */
  nationalHighTech?: StatedCount;
  /** 雛鷹企業 */
  fledglingEagle?: StatedCount;
  /** 瞪羚企業 */
  gazelle?: StatedCount;
  evidence: string;
}

/** Projects landed in a park over a stated period, with their registered capital. */
export interface ParkProjectsLanded {
  since: StatedDate;
  count: StatedCount;
  registeredCapital: StatedMoney;
  /** Share related to the named key industries ("六成以上"). */
  shareRelatedToKeyIndustries?: { share: StatedPercent; localChainNames: readonly string[] };
  evidence: string;
}

export interface PolicyFund {
  key: string;
  kind: 'policy-support-funds' | 'government-guidance-fund';
  money: StatedMoney;
  /** '連續5年' / '一次性' */
  periodText: string;
  periodYears?: StatedQuantity;
  purposeStated: string;
  evidence: string;
}

/** Production land as stated for a park (000: none yet; M0 industrial land being re-planned). */
export interface ProductionLand {
  availableNow: boolean;
  plot?: {
    name: string;
    planningAdjustment: 'completed';
    construction: { status: 'to-start'; by: StatedDate };
  };
  /** What the park expects once the land is built. */
  expectedLinkNames?: readonly string[];
  evidence: string;
}

export interface Park extends Sourced {
  key: string;
  originalName: string;
  shortName?: string;
  kind: ParkKind;
  areaCode: AreaCode;
  parentParkKey?: string;
  /** The report's phrase that puts the park in its parent. */
  parentEvidence?: string;
  /** The park's role in its parent, in the report's words ("西翼拓展區", "重要組成部分"). */
  roleInParent?: string;
  structureStated?: string;
  blueprintStated?: string;
  areaKm2?: StatedQuantity;
  firmCounts?: ParkFirmCounts;
  universityCount?: StatedCount;
  /** Universities named as located in the park (organisation keys). */
  universityKeys?: readonly string[];
  /** Leading industries (主導產業), local names. */
  leadingIndustries?: { countText?: string; localChainNames: readonly string[]; evidence: string };
  /** Industries the park's firms are in (local names). */
  industriesStated?: readonly string[];
  projectsLanded?: ParkProjectsLanded;
  policyFunds?: readonly PolicyFund[];
  productionLand?: ProductionLand;
  /** Targets / positioning in the report's words. */
  goalsStated?: readonly string[];
  /** Platform designations ("天津市'1+16'京津冀產業轉移承接平臺之一"). */
  designationsStated?: readonly string[];
  /** Investment-attraction targets (定向招商). */
  investmentTargetsStated?: readonly string[];
  /** Transport facts in the park's favour. */
  transportStated?: readonly string[];
  /** Other findings the report states about the park. */
  notesStated?: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Alliances and chain party committees
// ---------------------------------------------------------------------------------------------

export type AllianceKind = 'industry-alliance' | 'talent-alliance' | 'alliance-network' | 'party-building-alliance';

export interface Alliance extends Sourced {
  key: string;
  originalName: string;
  shortName?: string;
  kind: AllianceKind;
  areaCode: AreaCode;
  /** Park the alliance belongs to / was founded in. */
  parkKey?: string;
  founded?: StatedDate;
  foundedText?: string;
  /** Host/organising body (organisation keys). */
  hostKeys?: readonly string[];
  partnerUniversityKey?: string;
  natureStated?: string;
  visionStated?: string;
  goalsStated?: readonly string[];
  memberCountStated?: StatedCount;
  /** Kinds of members as the report lists them (unnamed). */
  memberKindsStated?: readonly string[];
  expertCountStated?: StatedCount;
  /** Industry/chain the alliance serves (local names) and the links the members cover. */
  localChainNames?: readonly string[];
  localLinkNames?: readonly string[];
  /** Services / working methods stated. */
  servicesStated?: readonly string[];
  /** Other alliances this one links into. */
  linkedAllianceKeys?: readonly string[];
  /** Industries it serves beyond its own chain (local names). */
  servedIndustries?: readonly string[];
  /** Alliance networks: how many alliances the network holds ("十大"). */
  allianceCountStated?: StatedCount;
  figures?: readonly AllianceFigure[];
  notesStated?: readonly string[];
}

export interface AllianceFigure {
  metric:
    | 'party-organisation-pairings'
    | 'joint-party-building-activities'
    | 'two-new-work-committee-member-units'
    | 'chain-party-committees';
  metricText: string;
  count: StatedCount;
  evidence: string;
}

/** A chain party committee (產業鏈黨委) under Xiqing's chain party-building alliance. */
export interface ChainPartyCommittee extends Sourced {
  key: string;
  originalName: string;
  allianceKey: string;
  chainKey: string;
  areaCode: AreaCode;
  actionsStated?: readonly string[];
  fundsDisbursed?: { money: StatedMoney; since: StatedDate; purpose: string; evidence: string };
}

/** A firm, institute or university named as a member of an alliance, or present at its events. */
export interface AllianceMember extends Sourced {
  key: string;
  allianceKey: string;
  member: RecordRef;
  /**
   * listed-member: named in the report's member list;
   * self-described-member: the firm speaks of the alliance as its own;
   * conference-participant: attended/met others at the founding conference;
   * activity-participant: took part in an alliance activity.
   */
  basis: readonly ('listed-member' | 'self-described-member' | 'conference-participant' | 'activity-participant')[];
}

/** Firms from other districts asking to join an alliance. */
export interface MembershipApplication extends Sourced {
  key: string;
  allianceKey: string;
  applicantDescription: string;
  applicantAreaCode: AreaCode;
  localChainName: string;
  status: 'under-review';
  reviewStepsStated: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Firms and other organisations
// ---------------------------------------------------------------------------------------------

export type FirmKind = 'enterprise' | 'group' | 'subsidiary' | 'branch' | 'rnd-centre' | 'research-unit';

export interface Firm extends Sourced {
  key: string;
  /** Full legal name as stated; where the report gives none, the name it does use (see legalNameStated). */
  originalName: string;
  legalNameStated: boolean;
  shortName?: string;
  kind: FirmKind;
  /** Unset where the report states no place for the firm. */
  areaCode?: AreaCode;
  parkKey?: string;
  /** How the location is known (report phrase). */
  locationEvidence?: string;
  parentKey?: string;
  /** Every chain the reports put the firm in, each with the sentence it rests on. */
  chains?: readonly ChainPlacement[];
  /** Fields/products in the report's words. */
  fieldsStated?: readonly string[];
  /** Labels the report gives ("龍頭企業", "輸配電企業", "新能源下游企業"). */
  labelsStated?: readonly string[];
  established?: StatedDate;
  /** When it registered / opened in its park. */
  registeredInPark?: StatedDate;
  opening?: StatedDate;
  employees?: { current?: StatedCount; target?: StatedCount; evidence: string };
  achievementsStated?: readonly string[];
  figures?: readonly { metric: string; count: StatedCount }[];
  notesStated?: readonly string[];
}

export type OrganisationKind = 'university' | 'research-institute' | 'government' | 'party-body' | 'work-team';

export interface Organisation extends Sourced {
  key: string;
  originalName: string;
  kind: OrganisationKind;
  areaCode?: AreaCode;
  parkKey?: string;
  parentOrgKey?: string;
  /** For a university or institute: the chains the reports put it in, each with its sentence. */
  chains?: readonly ChainPlacement[];
  notesStated?: readonly string[];
  /** Other reports that also name this body (the record's own `source` is the first). */
  alsoStatedIn?: readonly Sourced[];
}

// ---------------------------------------------------------------------------------------------
// Cooperation, needs, projects, events
// ---------------------------------------------------------------------------------------------

export type CooperationKind =
  | 'business-cooperation'
  | 'strategic-cooperation'
  | 'cooperation-intention'
  | 'strategic-cooperation-agreement'
  | 'research-cooperation';

export type CooperationStatus =
  | 'contact-established-in-negotiation'
  | 'matched-bridge-built'
  | 'signed'
  | 'intention-reached'
  | 'ongoing';

export interface Cooperation extends Sourced {
  key: string;
  kind: CooperationKind;
  parties: readonly [RecordRef, RecordRef];
  status: CooperationStatus;
  statusText: string;
  /** Where they met (event key). */
  viaEventKey?: string;
  /** The need it answers (need key). */
  needKey?: string;
  scopeStated?: string;
  localLinkNames?: readonly string[];
}

export interface Need extends Sourced {
  key: string;
  /** The firm with the need, if named; otherwise described. */
  seeker?: RecordRef;
  seekerDescription?: string;
  kind: 'partner' | 'financing' | 'production-land';
  soughtStated: string;
  localLinkNames?: readonly string[];
  status: 'unmatched' | 'matched' | 'assessing' | 'being-addressed';
  statusText: string;
  /** A fitting counterpart, described where unnamed. */
  fittingCounterpart?: RecordRef;
  fittingCounterpartDescription?: string;
}

export type ProjectKind = 'innovation-platform' | 'industrial-project' | 'road-project';

export interface Project extends Sourced {
  key: string;
  originalName: string;
  kind: ProjectKind;
  areaCode: AreaCode;
  parkKey?: string;
  localChainNames?: readonly string[];
  sponsor?: RecordRef;
  facilitator?: RecordRef;
  totalInvestment?: StatedMoney;
  status: 'signed-introduced' | 'landed' | 'under-construction' | 'opened-to-traffic';
  statusDate?: StatedDate;
  effectsStated?: readonly string[];
  travelTime?: { before: StatedQuantity; after: StatedQuantity; route: string };
}

export type EventKind =
  | 'survey-visits'
  | 'founding-conference'
  | 'member-site-visits'
  | 'expert-salon'
  | 'technical-salon'
  | 'prospective-member-visits'
  | 'financing-meeting'
  | 'matchmaking'
  | 'policy-briefing'
  | 'party-secretary-rotation'
  | 'joint-party-building-activity'
  | 'competition';

export interface ChainEvent extends Sourced {
  key: string;
  kind: EventKind;
  originalName?: string;
  description: string;
  organiser?: RecordRef;
  allianceKey?: string;
  parkKey?: string;
  areaCode: AreaCode;
  date?: StatedDate;
  /** Period the counts cover ("今年以來"). */
  period?: StatedDate;
  recurring?: boolean;
  online?: boolean;
  sessionCount?: StatedCount;
  participantFirmCount?: StatedCount;
  localChainNames?: readonly string[];
  participants?: readonly RecordRef[];
  outcomesStated?: readonly string[];
  figures?: readonly { metric: string; count: StatedCount }[];
}

// ---------------------------------------------------------------------------------------------
// Chains and chain statistics
// ---------------------------------------------------------------------------------------------

export interface IndustryChain extends Sourced {
  key: string;
  localChainName: string;
  /** Whose chain: a district's key chain, a park's chain, the city's industry, an alliance's chain. */
  scope: 'district-key-chain' | 'park-chain' | 'city-industry' | 'alliance-chain';
  areaCode: AreaCode;
  parkKey?: string;
  allianceKey?: string;
  partyCommitteeKey?: string;
  /** Links the report says the chain's firms in this scope cover (the scope's stated links). */
  localLinkNames?: readonly string[];
  /** The sentence stating those links, where it is not `evidence`. */
  linksEvidence?: string;
  /** Segments/fields the chain covers, in the report's words. */
  segmentsStated?: readonly string[];
  notesStated?: readonly string[];
}

export type ChainMetric =
  | 'value-added-growth'
  | 'growth-above-industry'
  | 'contribution-to-growth'
  | 'share-of-industry-value-added'
  | 'above-scale-firm-count'
  | 'output-value'
  | 'share-of-output-value';

export interface ChainStatistic extends Sourced {
  key: string;
  /** The chain(s) the figure is about (chain keys; five keys = the five key chains together). */
  chainKeys: readonly string[];
  areaCode: AreaCode;
  period: StatedDate;
  metric: ChainMetric;
  metricText: string;
  percent?: StatedPercent;
  points?: StatedPoints;
  count?: StatedCount;
  money?: StatedMoney;
  /** For growth stated only as a band ("兩位數增長"). */
  band?: 'double-digit';
}

// ---------------------------------------------------------------------------------------------
// People, experts, articles
// ---------------------------------------------------------------------------------------------

export type PersonKind = 'official' | 'firm-executive' | 'academician' | 'journalist';

export interface Person extends Sourced {
  key: string;
  name: string;
  kind: PersonKind;
  /** Role/title exactly as stated. */
  roleStated: string;
  organisation?: RecordRef;
  /** Organisation in the report's words where it is not a record of its own. */
  organisationText?: string;
  quoted: boolean;
}

export interface ExpertAdviser extends Sourced {
  key: string;
  /** One academician, or a team led by one. */
  kind: 'academician' | 'academician-team';
  personKey: string;
  titleStated: string;
  roleStated: string;
  allianceKey?: string;
  affiliation?: RecordRef;
  /** Who works with the team. */
  cooperatesWith?: readonly RecordRef[];
}

export interface Article extends Sourced {
  key: string;
  titleStated?: string;
  outletText?: string;
  published?: StatedDate;
  summaryStated?: string;
  sectionHeadings?: readonly string[];
  photoCaptions?: readonly string[];
  credits?: readonly { roleStated: string; personKeys: readonly string[] }[];
  /** An article the report reprints or quotes. */
  reprints?: { outletText: string; titleStated: string; published: StatedDate };
  notesStated?: readonly string[];
}
