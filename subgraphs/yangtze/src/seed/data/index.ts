/**
 * Yangtze region: barrel of the seed data modules (one array per record kind) and their types.
 * Import from here in the seeder; each module cites the source report on every record.
 */
export * from './types';
export { ARTICLES } from './article';
export { PARK_ALLIANCES } from './alliance';
export { ZONES } from './zones';
export { INDUSTRY_CHAINS } from './chains';
export { INDUSTRY_ALLIANCES } from './industry-alliances';
export { EVENTS } from './events';
export { PLATFORMS, PLATFORM_CHANNELS, PLATFORM_POSTS } from './platform';
export { GOVERNANCE_MECHANISMS } from './mechanisms';
export { LIAISON_TRAININGS } from './liaisons';
export { INDEX_SURVEYS } from './index-surveys';
export { COOPERATION_FUNDS } from './funds';
export { PEOPLE } from './people';
export { ORGANISATIONS } from './firms';
export { GUIDING_BODIES } from './guiding-bodies';
export { POLICY_REFERENCES } from './references';
