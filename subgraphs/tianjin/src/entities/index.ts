import { Park } from './park';
import { Alliance, AllianceMember, ChainPartyCommittee, ExpertAdviser, MembershipApplication } from './alliance';
import { Firm, Organisation } from './firm';
import { Cooperation, Need, Project } from './cooperation';
import { ChainEvent } from './event';
import { ChainStatistic, IndustryChain } from './chain';
import { Person } from './person';
import { Article } from './article';

export * from './values';
export {
  Park, Alliance, ChainPartyCommittee, AllianceMember, MembershipApplication, ExpertAdviser, Firm, Organisation,
  Cooperation, Need, Project, ChainEvent, IndustryChain, ChainStatistic, Person, Article,
};

export const TIANJIN_ENTITIES = [
  Park, Alliance, ChainPartyCommittee, AllianceMember, MembershipApplication, ExpertAdviser, Firm, Organisation,
  Cooperation, Need, Project, ChainEvent, IndustryChain, ChainStatistic, Person, Article,
];
