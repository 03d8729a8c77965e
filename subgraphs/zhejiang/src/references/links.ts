/** Links from Zhejiang's native records to the shared entities (kit/contract-links.ts). */
import { linkAdminArea, linkCooperationProject, linkIndustryChain, linkIndustryChains, linkProfile, linkScope } from '../../../kit/contract-links';
import { projectId, scopeId } from '../../../kit/directory/projection';
import * as E from '../entities';
import { CountyStrategy } from '../entities/values';

export const ZHEJIANG_CONTRACT_LINKS = [
  linkProfile(E.Firm, (f) => f.uscc),
  linkIndustryChain(E.Firm, (f) => f.chainCode, 'A firm may sit in several chains: use industryChains.'),
  linkIndustryChains(E.Firm, (f) => (f.chainPlacements ?? []).map((p) => p.chainCode)),
  linkAdminArea(E.Firm, (f) => f.areaCode),
  linkIndustryChain(E.Project, (p) => p.chainCode),
  linkCooperationProject(E.Project, (p) => projectId('zhejiang', 'project', p.key)),
  linkAdminArea(E.Project, (p) => p.hostAreaCode),
  linkAdminArea(E.County, (c) => c.areaCode),
  linkIndustryChain(E.CooperationPark, (p) => p.chainCode),
  linkAdminArea(E.CooperationPark, (p) => p.areaCode),
  linkIndustryChain(E.CountyStatistic, (s) => s.chainCode),
  // Every area code of the API is also an AdminArea, with its name.
  linkAdminArea(E.County, (c) => c.cityAreaCode, 'cityArea', '所属市 — the city the report attaches the county to, with its name.'),
  linkAdminArea(CountyStrategy, (s) => s.coreCityAreaCode, 'coreCityArea', '核心城市 — the city the path centres on, with its name.'),
  linkAdminArea(E.Organisation, (o) => o.areaCode),
  linkAdminArea(E.Person, (p) => p.areaCode),
  linkAdminArea(E.Person, (p) => p.homeAreaCode, 'homeArea', '派出地 — the county a seconded cadre comes from, with its name.'),
  linkAdminArea(E.Programme, (p) => p.areaCode),
  linkAdminArea(E.DiagnosticCampaign, (c) => c.targetAreaCode, 'targetArea', '帮扶对象 — the county whose firms are diagnosed, with its name.'),
  linkAdminArea(E.TrainingEvent, (t) => t.visitAreaCode, 'visitArea', '考察地 — where the training visited, with its name.'),
  linkAdminArea(E.CountyStatistic, (s) => s.areaCode),
  linkAdminArea(E.CountyStatistic, (s) => s.shareOfAreaCode, 'shareOfArea', '占比基数地 — the area a share is of, with its name.'),
  // The records that are scopes of the cross-region layer, linked to them (and back: Scope.zhejiang).
  linkScope(E.Pairing, (p) => scopeId('zhejiang', 'PAIRING', p.key)),
  linkScope(E.County, (c) => scopeId('zhejiang', 'COUNTY', c.key)),
  linkScope(E.CooperationPark, (p) => scopeId('zhejiang', 'PARK', p.key)),
];
