/**
 * Tianjin region: barrel of the seed data modules (one array per record kind) and their types.
 * Import from here in the seeder; each module cites the source report on every record.
 */
export * from './types';
export { parks } from './parks';
export { alliances, chainPartyCommittees } from './alliances';
export { allianceMembers } from './alliance-members';
export { membershipApplications } from './membership-applications';
export { firms } from './firms';
export { organisations } from './organisations';
export { cooperations } from './cooperations';
export { needs } from './needs';
export { projects } from './projects';
export { events } from './events';
export { industryChains } from './chains';
export { chainStatistics } from './chain-statistics';
export { expertAdvisers } from './expert-advisers';
export { people } from './people';
export { articles } from './articles';
