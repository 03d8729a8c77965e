/** Links from Tianjin's native records to the shared entities (kit/contract-links.ts). */
import { linkAdminArea, linkCooperationProject, linkIndustryChain, linkProfile, linkScope } from '../../../kit/contract-links';
import { scopeId } from '../../../kit/directory/projection';
import * as E from '../entities';

export const TIANJIN_CONTRACT_LINKS = [
  linkProfile(E.Firm, (f) => f.uscc),
  linkAdminArea(E.Firm, (f) => f.areaCode),
  linkProfile(E.Organisation, (o) => o.uscc),
  linkIndustryChain(E.IndustryChain, (c) => c.chainCode),
  linkAdminArea(E.IndustryChain, (c) => c.areaCode),
  linkAdminArea(E.Park, (p) => p.areaCode),
  linkCooperationProject(E.Cooperation, (c) => c.projectId),
  linkAdminArea(E.Cooperation, (c) => c.areaCode),
  linkCooperationProject(E.Project, (p) => p.projectId),
  linkAdminArea(E.Project, (p) => p.areaCode),
  linkProfile(E.MembershipApplication, (a) => a.applicantUscc),
  linkIndustryChain(E.Need, (n) => n.chainCode),
  // Every area code of the API is also an AdminArea, with its name.
  linkAdminArea(E.Organisation, (o) => o.areaCode),
  linkAdminArea(E.Alliance, (a) => a.areaCode),
  linkAdminArea(E.ChainEvent, (e) => e.areaCode),
  linkAdminArea(E.ChainPartyCommittee, (c) => c.areaCode),
  linkAdminArea(E.ChainStatistic, (s) => s.areaCode),
  linkAdminArea(E.MembershipApplication, (a) => a.applicantAreaCode, 'applicantArea', '申请企业所在地 — the applicants\' district, with its name.'),
  // The records that are scopes of the cross-region layer, linked to them (and back: Scope.tianjin).
  linkScope(E.Park, (p) => scopeId('tianjin', 'PARK', p.key)),
  linkScope(E.Alliance, (a) => scopeId('tianjin', 'ALLIANCE', a.key)),
];
