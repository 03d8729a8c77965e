/**
 * Yangtze region: the native record shapes of the Yangtze River park cooperation alliance dataset.
 * Every record cites its source report (`Sourced`); counts/dates/amounts are kept exactly as stated.
 */
import type { ChainPlacement, Sourced, StatedAmount, StatedDate } from '../../../../../schema/contract/source';

export type { ChainPlacement, SourceFile, Sourced, StatedAmount, StatedDate } from '../../../../../schema/contract/source';

/** GB/T 2260 six-digit code (municipalities at province level, e.g. Shanghai '310000'). */
export type AreaCode = string;

/** How the report qualifies a count: 余/多 (more than), 近 (nearly), 超过 (over), 约 (about), 百/千 as round figures. */
export type CountQualifier = '余' | '多' | '近' | '超过' | '约' | '约…左右' | '以上';

/** A count the report states (possibly without listing the items). `text` is the report's own wording. */
export interface StatedCount {
  value: number;
  qualifier?: CountQualifier;
  text: string;
}

/** A percentage the report states. */
export interface StatedPercentage {
  value: number;
  unit: '%';
  qualifier?: CountQualifier;
  text: string;
}

/** A named figure on a record: the metric in the report's words and its count. */
export interface StatedFigure {
  metric: string;
  count: StatedCount;
}

/** The press article the data comes from. */
export interface Article extends Sourced {
  key: string;
  title: string;
  publishedAt: StatedDate;
  publishedTime: string;
  /** Outlets as named in the header ("中国经济网—《经济日报》"). */
  outletNames: readonly string[];
  reporterPersonKey: string;
  editorPersonKey: string;
  photo: { caption: string; photographerPersonKey: string; agencyName: string; subjectOrgKey: string };
  sectionHeadings: readonly string[];
}

/** The park cooperation alliance itself (administration-led alliance of national high-tech zones). */
export interface ParkAlliance extends Sourced {
  key: string;
  originalName: string;
  shortName: string;
  founded: StatedDate;
  foundedAreaCode: AreaCode;
  /** Nature of the alliance in the report's words. */
  natureStated: readonly string[];
  founderZoneKeys: readonly string[];
  leadFounderZoneKey: string;
  founderCountStated: StatedCount;
  /** 51 national high-tech zones have applied to join (not listed). */
  applicantZoneCountStated: StatedCount;
  /** Provinces/municipalities of the Yangtze Economic Belt covered (not listed). */
  coveredProvinceCountStated: StatedCount;
  coveredRegionName: string;
  /** Share of all national high-tech zones, for the metrics listed. */
  nationalShare: { metrics: readonly string[]; share: StatedPercentage; evidence: string };
  guidingBodyKeys: readonly string[];
  industryAllianceCountStated: StatedCount;
  /** Achievements summarised in the report (no named items). */
  achievementsStated: readonly string[];
  /** Intentions stated without named items. */
  plansStated: readonly string[];
}

/** A national high-tech zone taking part in the alliance. */
export interface Zone extends Sourced {
  key: string;
  originalName: string;
  shortName?: string;
  /** As the report classes it ("5个国家高新区"). */
  zoneTypeStated: '国家高新区';
  /** City-level GB/T 2260 code of the zone's city. */
  areaCode: AreaCode;
  allianceKey: string;
  isFounder: boolean;
  isLeadFounder: boolean;
  /** Administrative body as named in the report, where it is. */
  adminBodyName?: string;
}

/** An industry chain name exactly as the report uses it. */
export interface IndustryChain extends Sourced {
  key: string;
  localChainName: string;
}

/** An industry-led alliance set up under the park alliance. */
export interface IndustryAlliance extends Sourced {
  key: string;
  originalName: string;
  parentAllianceKey: string;
  natureStated: string;
  isFirstToJoinParentStated: boolean;
  founded: StatedDate;
  foundedAreaCode: AreaCode;
  organisationTypeStated: string;
  initiatorCountStated: StatedCount;
  initiatorKindsStated: readonly string[];
  initiatorScopeAreaText: string;
  coveredFirmCountStated: StatedCount;
  chainKeys: readonly string[];
  /** Fields of the covered firms, in the report's words. */
  localLinkNames: readonly string[];
  goal: {
    horizonYears: number;
    targets: readonly { text: string; threshold: StatedAmount; qualifier?: CountQualifier }[];
    aim: string;
    evidence: string;
  };
  initiatorPersonKeys: readonly string[];
}

export type EventKind =
  | 'matchmaking-conference'
  | 'matchmaking-and-expo'
  | 'summit-and-seminar'
  | 'founding-ceremony'
  | 'council-meeting'
  | 'innovation-matchmaking-activity';

/** A conference, expo, summit or meeting of the alliance (held or announced). */
export interface AllianceEvent extends Sourced {
  key: string;
  /** Title as stated; unset where the report gives only a description. */
  originalName?: string;
  description: string;
  kind: EventKind;
  status: 'held' | 'planned';
  date?: StatedDate;
  /** Sequence as stated ("第一场", "第一期"). */
  sequenceStated?: string;
  areaCode?: AreaCode;
  /** Larger event it took place at. */
  hostOccasionName?: string;
  allianceKeys: readonly string[];
  organiserZoneKeys: readonly string[];
  chainKeys: readonly string[];
  figures: readonly StatedFigure[];
  /** Components of the event named in the report. */
  componentsStated: readonly string[];
  /** Zones that announced this (planned) event; `othersUnnamed` when the report adds "等". */
  announcedBy?: { zoneKeys: readonly string[]; othersUnnamed: boolean; atEventKey: string };
}

/** The shared online publishing platform. */
export interface Platform extends Sourced {
  key: string;
  originalName: string;
  shortName: string;
  carrierName: string;
  opened: StatedDate;
  openedAreaCode: AreaCode;
  allianceKey: string;
  governanceStated: string;
  participantZoneCountStated: StatedCount;
  rolesStated: readonly string[];
  postKindsStated: readonly string[];
  firmUseStated: string;
}

/** One zone's interface on the platform ("每家有一个接口"). */
export interface PlatformChannel extends Sourced {
  key: string;
  platformKey: string;
  zoneKey: string;
  postKindsStated: readonly string[];
}

/** A post on a zone channel. The report names none, so the dataset holds none. */
export interface PlatformPost extends Sourced {
  key: string;
  channelKey: string;
  kind: string;
  title: string;
  posted?: StatedDate;
}

/** One of the alliance's working mechanisms. */
export interface GovernanceMechanism extends Sourced {
  key: string;
  originalName: string;
  kind: 'daily-work' | 'liaison' | 'rotating-event-hosting' | 'council-decision';
  allianceKey: string;
  statusStated: readonly string[];
}

/** A liaison training round. */
export interface LiaisonTraining extends Sourced {
  key: string;
  description: string;
  sequenceStated: string;
  formatStated: string;
  completed: StatedDate;
  participantRole: string;
  participantCountStated: StatedCount;
  mechanismKey: string;
  allianceKey: string;
  teamGoalStated: string;
}

/** Park development index research / surveys. */
export interface IndexSurvey extends Sourced {
  key: string;
  description: string;
  programmeName: string;
  status: 'preliminarily-completed' | 'planned';
  date?: StatedDate;
  parkCountStated?: StatedCount;
  topicsStated: readonly string[];
  purposeStated: string;
  allianceKey: string;
}

/** An investment fund the alliance takes part in or plans. */
export interface CooperationFund extends Sourced {
  key: string;
  originalName: string;
  status: 'existing' | 'planned';
  allianceRelationStated: string;
  allianceKey: string;
  purposeStated: string;
  programmeName: string;
}

/** A named person. Non-public fields downstream. */
export interface Person extends Sourced {
  key: string;
  name: string;
  roles: readonly { title: string; organisationName?: string; organisationKey?: string }[];
  quote?: string;
}

/** A firm or institute named in the report. */
export interface Organisation extends Sourced {
  key: string;
  originalName: string;
  shortName?: string;
  orgType: 'enterprise' | 'university';
  /** Area; here from the registered name's place prefix (上海…), see `areaBasis`. */
  areaCode?: AreaCode;
  areaBasis?: 'name-prefix';
  parentKey?: string;
  /** Every chain the report puts it in, with the sentence that does; local names are INDUSTRY_CHAINS'. */
  chains: readonly ChainPlacement[];
  /** What the report says the organisation made or did. */
  activityStated?: string;
}

/** A government body guiding or supporting the alliance. */
export interface GuidingBody extends Sourced {
  key: string;
  originalName: string;
  level: 'national' | 'municipal';
  areaCode?: AreaCode;
  relationStated: '指导' | '支持';
  /** "相关部门": the report names the ministry's relevant departments, not the ministry as a whole. */
  scopeStated?: string;
}

/** A national strategy or planning document the report refers to. */
export interface PolicyReference extends Sourced {
  key: string;
  originalName: string;
  kind: 'national-strategy' | 'planning-document';
}
