/**
 * Loads one pairing's board and keeps it: loads again when the pairing changes, drops an answer
 * that arrives after the user chose another pairing, and hands back `projectsArrived`, the one
 * entry for projects from elsewhere (the coming subscription's events). The deferred part of the
 * load (the firms of each project's chain in every region) is merged into the board as it arrives.
 */
import { useCallback, useEffect, useReducer } from 'react';
import type { GatewayClient } from '../api/gateway-client';
import { boardReducer, type BoardState, type ProjectRef } from './board-state';
import { PairingBoardQuery } from './documents';

export function usePairingBoard(client: GatewayClient, pairingKey: string): { state: BoardState; projectsArrived(projects: readonly ProjectRef[]): void } {
  const [state, dispatch] = useReducer(boardReducer, { status: 'loading' });

  useEffect(() => {
    const abort = new AbortController();
    dispatch({ type: 'loading' });
    const load = async () => {
      const answer = await client.request(PairingBoardQuery, { pairingKey }, abort.signal);
      if (abort.signal.aborted) return;
      if (answer.failure !== undefined) return dispatch({ type: 'failed', failure: answer.failure });
      dispatch({ type: 'loaded', pairingKey, pairing: answer.data.zhejiang.pairing ?? null, errors: answer.errors, settled: !answer.later });
      if (!answer.later) return;
      try {
        for await (const part of answer.later) {
          if (abort.signal.aborted) return;
          dispatch({ type: 'deferred-arrived', projects: part.data.zhejiang.pairing?.projects ?? [], errors: part.errors });
        }
      } finally {
        // A stream cut short settles the board too: what did not come is shown as missing.
        if (!abort.signal.aborted) dispatch({ type: 'settled' });
      }
    };
    load().catch((error: unknown) => {
      if (!abort.signal.aborted) dispatch({ type: 'failed', failure: error instanceof Error ? error.message : String(error) });
    });
    return () => abort.abort();
  }, [client, pairingKey]);

  const projectsArrived = useCallback((projects: readonly ProjectRef[]) => dispatch({ type: 'projects-arrived', projects }), []);
  return { state, projectsArrived };
}
