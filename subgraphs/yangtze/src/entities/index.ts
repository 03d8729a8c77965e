import { ParkAlliance } from './park-alliance';
import { Zone } from './zone';
import { IndustryAlliance } from './industry-alliance';
import { AllianceEvent } from './event';
import { Platform, PlatformChannel, PlatformPost } from './platform';
import { CooperationFund, GuidingBody, IndexSurvey, LiaisonTraining, Mechanism, PolicyReference } from './governance';
import { Person } from './person';
import { Organisation } from './organisation';
import { Article } from './article';
import { DemandAnswer } from './demand-answer';
import { ConferenceProject, ProjectParty } from './conference-project';

export {
  ParkAlliance, Zone, IndustryAlliance, AllianceEvent, Platform, PlatformChannel, PlatformPost, CooperationFund,
  GuidingBody, IndexSurvey, LiaisonTraining, Mechanism, PolicyReference, Person, Organisation, Article, DemandAnswer,
  ConferenceProject, ProjectParty,
};

export const YANGTZE_ENTITIES = [
  ParkAlliance, Zone, IndustryAlliance, AllianceEvent, Platform, PlatformChannel, PlatformPost, CooperationFund,
  GuidingBody, IndexSurvey, LiaisonTraining, Mechanism, PolicyReference, Person, Organisation, Article, DemandAnswer,
  ConferenceProject,
];
