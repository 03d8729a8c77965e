/** Links from the Yangtze alliance's native records to the shared entities (kit/contract-links.ts). */
import { chainForLocalName } from '../../../../schema/contract/chains';
import { linkAdminArea, linkCooperationProject, linkIndustryChain, linkIndustryChains, linkProfile } from '../../../kit/contract-links';
import * as E from '../entities';

const canonical = (localNames: string[]) => localNames.flatMap((n) => chainForLocalName(n)?.code ?? []);

export const YANGTZE_CONTRACT_LINKS = [
  linkProfile(E.Organisation, (o) => o.uscc),
  linkIndustryChains(E.Organisation, (o) => canonical(o.localChainNames)),
  linkAdminArea(E.Organisation, (o) => o.areaCode),
  linkAdminArea(E.Zone, (z) => z.areaCode),
  linkIndustryChains(E.IndustryAlliance, (a) => canonical(a.localChainNames)),
  linkIndustryChain(E.PlatformPost, (p) => p.chainCode),
  linkProfile(E.DemandAnswer, (a) => a.firmUscc),
  linkCooperationProject(E.DemandAnswer, (a) => a.projectId),
  linkIndustryChain(E.ConferenceProject, (p) => p.chainCode),
  linkCooperationProject(E.ConferenceProject, (p) => p.projectId),
];
