/**
 * The board's state for one pairing, as a reducer: the pairing loaded (a page load or a reload), or
 * projects arriving one by one. A project that arrives again (a new stage, a new step) replaces
 * its card where it is; a new one is added at the end. The subscription that will report projects
 * registered or progressing dispatches `projects-arrived` with its events' projects, selected with
 * the same PairingProject fragment, and nothing else on the page changes. The deferred part of the
 * load (the firms of each project's chain in every region) arrives the same way, as `deferred-arrived`,
 * with the errors of that part; `settled` says the gateway has sent every part.
 */
import { getFragmentData } from '../gql';
import type { ZhejiangPairingBoardQuery } from '../gql/graphql';
import type { ApiError } from '../api/gateway-client';
import { PairingProjectFragment } from './documents';

export type Pairing = NonNullable<ZhejiangPairingBoardQuery['zhejiang']['pairing']>;
/** A project as the board's query selects it: the PairingProject fragment, and PairingChainFirms once it has arrived. */
export type ProjectRef = Pairing['projects'][number];

export type BoardState =
  | { status: 'loading' }
  | { status: 'failed'; failure: string }
  | { status: 'not-found'; pairingKey: string }
  | { status: 'ready'; pairing: Pairing; projects: ProjectRef[]; errors: readonly ApiError[]; settled: boolean };

export type BoardAction =
  | { type: 'loading' }
  | { type: 'failed'; failure: string }
  | { type: 'loaded'; pairingKey: string; pairing: Pairing | null; errors: readonly ApiError[]; settled: boolean }
  | { type: 'projects-arrived'; projects: readonly ProjectRef[] }
  | { type: 'deferred-arrived'; projects: readonly ProjectRef[]; errors: readonly ApiError[] }
  | { type: 'settled' };

export const projectKey = (project: ProjectRef) => getFragmentData(PairingProjectFragment, project).key;

/** `current` with `incoming` in it: same key replaced in place, new keys appended in their order. */
export function mergeProjects(current: readonly ProjectRef[], incoming: readonly ProjectRef[]): ProjectRef[] {
  const merged = [...current];
  const at = new Map(merged.map((p, i) => [projectKey(p), i]));
  for (const project of incoming) {
    const index = at.get(projectKey(project));
    if (index === undefined) {
      at.set(projectKey(project), merged.length);
      merged.push(project);
    } else merged[index] = project;
  }
  return merged;
}

export function boardReducer(state: BoardState, action: BoardAction): BoardState {
  switch (action.type) {
    case 'loading':
      return { status: 'loading' };
    case 'failed':
      return { status: 'failed', failure: action.failure };
    case 'loaded':
      if (!action.pairing) return { status: 'not-found', pairingKey: action.pairingKey };
      return { status: 'ready', pairing: action.pairing, projects: [...action.pairing.projects], errors: action.errors, settled: action.settled };
    case 'projects-arrived':
      // Before the pairing is on the page there is no list to add to; the load will bring them.
      return state.status === 'ready' ? { ...state, projects: mergeProjects(state.projects, action.projects) } : state;
    case 'deferred-arrived':
      if (state.status !== 'ready') return state;
      return { ...state, projects: mergeProjects(state.projects, action.projects), errors: action.errors.length ? [...state.errors, ...action.errors] : state.errors };
    case 'settled':
      return state.status === 'ready' ? { ...state, settled: true } : state;
  }
}
