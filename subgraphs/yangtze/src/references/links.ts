/** Links from the Yangtze alliance's native records to the shared entities (kit/contract-links.ts). */
import { chainForLocalName } from '../../../../schema/contract/chains';
import { linkAdminArea, linkCooperationProject, linkIndustryChain, linkIndustryChains, linkProfile, linkScope } from '../../../kit/contract-links';
import { scopeId } from '../../../kit/directory/projection';
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
  // Every area code of the API is also an AdminArea, with its name.
  linkAdminArea(E.AllianceEvent, (e) => e.areaCode),
  linkAdminArea(E.GuidingBody, (b) => b.areaCode),
  linkAdminArea(E.ProjectParty, (p) => p.areaCode),
  linkAdminArea(E.DemandAnswer, (a) => a.firmAreaCode, 'firmArea', '企业所在地 — the answering firm\'s area, with its name.'),
  linkAdminArea(E.ParkAlliance, (a) => a.foundedAreaCode, 'foundedArea', '成立地 — where it was founded, with its name.'),
  linkAdminArea(E.IndustryAlliance, (a) => a.foundedAreaCode, 'foundedArea', '成立地 — where it was founded, with its name.'),
  linkAdminArea(E.Platform, (p) => p.openedAreaCode, 'openedArea', '开通地 — where it was opened, with its name.'),
  // The records that are scopes of the cross-region layer, linked to them (and back: Scope.yangtze).
  linkScope(E.ParkAlliance, (a) => scopeId('yangtze', 'ALLIANCE', a.key)),
  linkScope(E.IndustryAlliance, (a) => scopeId('yangtze', 'ALLIANCE', a.key)),
  linkScope(E.Zone, (z) => scopeId('yangtze', 'ZONE', z.key)),
];
