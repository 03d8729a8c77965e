/**
 * What every resolver gets: a request-scoped EntityManager fork, the directory queries, and
 * request-scoped DataLoaders, so N field resolutions in one request cost one batched SQL statement.
 */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import type { RegionName } from '../../schema/contract/errors';
import { ANONYMOUS, type Identity } from './auth/identity';
import { DirectoryQueries } from './directory/query';
import { setWriteAuthor } from './history/author';
import { memoryEventBus, type EventBus } from './subscriptions/event-bus';

/** The bus of contexts made outside a server (tests, tools): in process, heard by nobody else. */
const LOCAL_EVENTS = memoryEventBus();

export interface SubgraphContext {
  region: RegionName;
  em: EntityManager;
  directory: DirectoryQueries;
  /** Request id passed on by the gateway, for logs. */
  requestId: string;
  /** Who is asking, from the gateway's signed identity header (kit/auth); anonymous otherwise. */
  identity: Identity;
  /** Where writes announce what they committed, for the region's Subscription fields (kit/subscriptions/event-bus.ts). */
  events: EventBus;
  /** The per-request loader named `name`; `batch` runs once per tick with every key asked for. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<Array<V | Error>>): DataLoader<K, V>;
}

export function createContext(region: RegionName, em: EntityManager, requestId: string, identity: Identity = ANONYMOUS, events: EventBus = LOCAL_EVENTS): SubgraphContext {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  const fork = em.fork();
  // Every fork and transaction made from the request's EntityManager writes as this caller (kit/history).
  setWriteAuthor(fork, identity);
  return {
    region,
    em: fork,
    directory: new DirectoryQueries(fork, region),
    requestId,
    identity,
    events,
    loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<Array<V | Error>>) {
      let loader = loaders.get(name) as DataLoader<K, V> | undefined;
      if (!loader) {
        loader = new DataLoader<K, V>(batch, { maxBatchSize: 5000 });
        loaders.set(name, loader as DataLoader<unknown, unknown>);
      }
      return loader;
    },
  };
}
