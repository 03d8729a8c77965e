/** The directory's index tables, kept beside its rows (upkeep.ts) in every region and dialect. */
import { DirectoryFirmGram } from './search-index';
import { DirectoryProjectTally } from './project-tally';
import { DirectoryFirmShared } from './shared-firms';

export const DIRECTORY_INDEX_ENTITIES = [DirectoryFirmGram, DirectoryFirmShared, DirectoryProjectTally];
