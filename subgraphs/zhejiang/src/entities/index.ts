import { Programme, Track } from './programme';
import { County, Pairing } from './county';
import { Organisation } from './organisation';
import { Person } from './person';
import { Firm } from './firm';
import { CooperationPark } from './park';
import { Project, ProjectFirm } from './project';
import { CountyStatistic } from './statistic';
import { Assessment } from './assessment';
import { Funding } from './funding';
import { DiagnosticCampaign, DiagnosticOutcome } from './diagnostic';
import { InvestmentArrangement } from './agreement';
import { TrainingEvent } from './training';

export {
  Programme, Track, County, Pairing, Organisation, Person, Firm, CooperationPark, Project, ProjectFirm, CountyStatistic,
  Assessment, Funding, DiagnosticCampaign, DiagnosticOutcome, InvestmentArrangement, TrainingEvent,
};

export const ZHEJIANG_ENTITIES = [
  Programme, Track, County, Pairing, Organisation, Person, Firm, CooperationPark, Project, ProjectFirm, CountyStatistic,
  Assessment, Funding, DiagnosticCampaign, DiagnosticOutcome, InvestmentArrangement, TrainingEvent,
];
