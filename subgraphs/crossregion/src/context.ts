/**
 * What every cross-region resolver gets: a client per region (bound to the request id, over the
 * process's shared transport), the request's region failures (appended to the response by
 * plugins/region-errors.ts), and request-scoped DataLoaders.
 */
import DataLoader from 'dataloader';
import type { GraphQLError } from 'graphql';
import { CoopError, type RegionName } from '../../../schema/contract/errors';
import { ANONYMOUS, type Identity } from '../../kit/auth/identity';
import type { Logger } from '../../kit/log';
import type { CrossRegionConfig } from './config';
import { REGIONS } from './config';
import { RegionClient, type RegionAnswer, type RegionFailure, type RegionTransport } from './region-client';

/** The regions that failed during one request, each reported once per kind of failure. */
export class RegionFailures {
  private readonly byKey = new Map<string, RegionFailure>();

  report(failure: RegionFailure): void {
    const key = `${failure.region}:${failure.detail}`;
    if (!this.byKey.has(key)) this.byKey.set(key, failure);
  }

  get regions(): RegionName[] {
    const failed = new Set([...this.byKey.values()].map((f) => f.region));
    return REGIONS.filter((r) => failed.has(r));
  }

  get failures(): RegionFailure[] {
    return [...this.byKey.values()];
  }

  errors(): GraphQLError[] {
    return this.failures.map((f) => CoopError.regionUnavailable(f.region, f.detail));
  }
}

export interface CrossRegionContext {
  requestId: string;
  clients: Record<RegionName, RegionClient>;
  failures: RegionFailures;
  log: Logger;
  /** The per-request loader named `name`; `batch` runs once per tick with every key asked for. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<Array<V | Error>>): DataLoader<K, V>;
}

/** `identity`: the caller the gateway vouched for, vouched for again on each call to a region with this layer's own key. */
export function createContext(config: CrossRegionConfig, requestId: string, log: Logger, transport: RegionTransport, identity: Identity = ANONYMOUS): CrossRegionContext {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  const signing = config.identityKeys.signing;
  const vouch = signing ? { identity, key: signing } : undefined;
  const clients = Object.fromEntries(
    REGIONS.map((region) => [region, new RegionClient({ region, url: config.regionUrls[region], timeoutMs: config.regionTimeoutMs, requestId, vouch, transport })]),
  ) as Record<RegionName, RegionClient>;
  return {
    requestId,
    clients,
    failures: new RegionFailures(),
    log,
    loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<Array<V | Error>>) {
      let loader = loaders.get(name) as DataLoader<K, V> | undefined;
      if (!loader) {
        loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
        loaders.set(name, loader as DataLoader<unknown, unknown>);
      }
      return loader;
    },
  };
}

export interface RegionAnswers<T> {
  /** The regions that answered, in canonical order. */
  answers: Array<{ region: RegionName; rows: T }>;
  /** The regions that did not (each already reported to the request's failures). */
  missing: RegionName[];
}

/** Asks some regions in parallel; a failed region is reported and listed as missing, never thrown. */
export async function askRegions<T>(ctx: CrossRegionContext, regions: readonly RegionName[], call: (client: RegionClient) => Promise<RegionAnswer<T>>): Promise<RegionAnswers<T>> {
  const settled = await Promise.all(regions.map(async (region) => ({ region, answer: await call(ctx.clients[region]) })));
  const result: RegionAnswers<T> = { answers: [], missing: [] };
  for (const { region, answer } of settled) {
    if (answer.error) {
      ctx.failures.report(answer.error);
      ctx.log.warn('region call failed', { requestId: ctx.requestId, region, detail: answer.error.detail, error: answer.error.message });
      result.missing.push(region);
    } else {
      result.answers.push({ region, rows: answer.rows });
    }
  }
  return result;
}
