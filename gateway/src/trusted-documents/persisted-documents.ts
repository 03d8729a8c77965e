/**
 * Where the gateway keeps automatic persisted queries: under `apq:` in its store; with Redis, also
 * in a memory store of this process, so that losing Redis costs no request (FallbackDocumentStore).
 */
import type { Logger } from '../../../subgraphs/kit/log';
import { namespaced, type Store, type StoreConfig } from '../store';
import { createMemoryStore } from '../store/memory-store';
import { FallbackDocumentStore, type PersistedDocumentStore } from './document-store';

export function persistedDocuments(store: Store, config: StoreConfig, log: Logger): PersistedDocumentStore {
  const shared = namespaced(store, 'apq:');
  if (store.kind === 'memory') return shared;
  // A quarter of the memory store's budget: documents are small, and Redis holds the rest.
  const local = createMemoryStore({ maxBytes: Math.max(1024 * 1024, Math.floor(config.memoryMaxBytes / 4)) });
  return new FallbackDocumentStore(shared, local, (what, error) =>
    log.warn(`persisted query ${what} in Redis failed; using this process's memory`, { error: error instanceof Error ? error.message : String(error) }),
  );
}
