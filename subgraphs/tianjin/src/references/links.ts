/** Links from Tianjin's native records to the shared entities (kit/contract-links.ts). */
import { linkAdminArea, linkCooperationProject, linkIndustryChain, linkProfile } from '../../../kit/contract-links';
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
];
