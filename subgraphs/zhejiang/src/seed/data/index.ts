// Zhejiang sample dataset: one re-export point for the seeder.
// Every record comes from 004_40e4ab73a9e6f876.txt (Zhejiang Daily, 2024-08-22).
// Record types are declared in the module that holds the records.

export * from './types';
export * from './programme';
export * from './tracks';
export * from './counties';
export * from './pairings';
export * from './organisations';
export * from './people';
export * from './firms';
export * from './parks';
export * from './projects';
export * from './county-statistics';
export * from './assessments';
export * from './funding';
export * from './digital-diagnostics';
export * from './agreements';
export * from './training';
