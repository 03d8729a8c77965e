/** Links from Zhejiang's native records to the shared entities (kit/contract-links.ts). */
import { linkAdminArea, linkCooperationProject, linkIndustryChain, linkIndustryChains, linkProfile } from '../../../kit/contract-links';
import { projectId } from '../../../kit/directory/projection';
import * as E from '../entities';

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
];
