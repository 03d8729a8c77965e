/** The board's list: loaded whole, then projects arriving one by one (the subscription's way in). */
import { describe, expect, it } from 'vitest';
import { boardReducer, mergeProjects, projectKey, type BoardState, type Pairing, type ProjectRef } from './board-state';

const project = (key: string, stage = 'SIGNED') => ({ key, stage }) as unknown as ProjectRef;
const stages = (state: BoardState) => (state.status === 'ready' ? state.projects.map((p) => `${projectKey(p)}:${(p as unknown as { stage: string }).stage}`) : state.status);
const pairing = (projects: ProjectRef[]) => ({ key: 'tongxiang-tiantai', projects }) as unknown as Pairing;

describe('the pairing board\'s state', () => {
  it('replaces a project that arrives again where it stands, and adds a new one at the end', () => {
    const merged = mergeProjects([project('a'), project('b')], [project('b', 'OPERATING'), project('c'), project('c', 'IN_PROGRESS')]);
    expect(merged.map((p) => `${projectKey(p)}:${(p as unknown as { stage: string }).stage}`)).toEqual(['a:SIGNED', 'b:OPERATING', 'c:IN_PROGRESS']);
  });

  it('shows a loaded pairing\'s projects, then those that arrive', () => {
    let state = boardReducer({ status: 'loading' }, { type: 'loaded', pairingKey: 'tongxiang-tiantai', pairing: pairing([project('a')]), errors: [], settled: true });
    state = boardReducer(state, { type: 'projects-arrived', projects: [project('new')] });
    expect(stages(state)).toEqual(['a:SIGNED', 'new:SIGNED']);
  });

  it('merges a deferred part into the cards it belongs to, adds its errors, and settles when the last part is in', () => {
    let state = boardReducer({ status: 'loading' }, { type: 'loaded', pairingKey: 'tongxiang-tiantai', pairing: pairing([project('a'), project('b')]), errors: [], settled: false });
    expect(state.status === 'ready' && state.settled).toBe(false);
    const withChain = { ...project('b', 'OPERATING'), industryChain: null } as unknown as ProjectRef;
    const failed = { message: 'region yangtze unavailable', extensions: { code: 'REGION_UNAVAILABLE', region: 'YANGTZE' } };
    state = boardReducer(state, { type: 'deferred-arrived', projects: [project('a'), withChain], errors: [failed] });
    expect(stages(state)).toEqual(['a:SIGNED', 'b:OPERATING']);
    expect(state.status === 'ready' && state.projects[1]).toBe(withChain);
    expect(state.status === 'ready' && state.errors).toEqual([failed]);
    state = boardReducer(state, { type: 'settled' });
    expect(state.status === 'ready' && state.settled).toBe(true);
  });

  it('keeps arrivals out until the pairing is loaded, and says when there is no such pairing', () => {
    expect(boardReducer({ status: 'loading' }, { type: 'projects-arrived', projects: [project('x')] })).toEqual({ status: 'loading' });
    expect(boardReducer({ status: 'loading' }, { type: 'loaded', pairingKey: 'nowhere', pairing: null, errors: [], settled: true })).toEqual({ status: 'not-found', pairingKey: 'nowhere' });
    expect(boardReducer({ status: 'loading' }, { type: 'failed', failure: 'down' })).toEqual({ status: 'failed', failure: 'down' });
  });
});
