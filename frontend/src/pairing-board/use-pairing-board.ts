/**
 * Loads one pairing's board and keeps it: loads again when the pairing changes, drops an answer
 * that arrives after the user chose another pairing, and hands back `projectsArrived`, the one
 * entry for projects from elsewhere (the coming subscription's events).
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
    client.request(PairingBoardQuery, { pairingKey }, abort.signal).then(
      (answer) => {
        if (abort.signal.aborted) return;
        if (answer.failure !== undefined) dispatch({ type: 'failed', failure: answer.failure });
        else dispatch({ type: 'loaded', pairingKey, pairing: answer.data.zhejiang.pairing ?? null, errors: answer.errors });
      },
      (error: unknown) => {
        if (!abort.signal.aborted) dispatch({ type: 'failed', failure: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => abort.abort();
  }, [client, pairingKey]);

  const projectsArrived = useCallback((projects: readonly ProjectRef[]) => dispatch({ type: 'projects-arrived', projects }), []);
  return { state, projectsArrived };
}
