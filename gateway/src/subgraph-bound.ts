/**
 * A gateway feature that only makes sense beside one subgraph (the firm export needs the
 * cross-region layer): on where the supergraph has that subgraph, off where it does not, and said
 * at start either way. So the gateway serves any Federation 2 supergraph, not only Coopgraph's.
 */
import type { Logger } from '../../subgraphs/kit/log';
import type { GatewayPlugin } from './plugin';

export interface SubgraphBoundFeature {
  /** What the log calls it: "firm export". */
  feature: string;
  /** The subgraph it needs, by its name in the supergraph. */
  subgraph: string;
  /** Builds the feature with that subgraph's URL. */
  make(url: string): GatewayPlugin;
}

/** The feature's plugin when `urls` (the supergraph's subgraphs) has its subgraph; nothing otherwise. */
export function subgraphBound(urls: Record<string, string>, log: Logger, { feature, subgraph, make }: SubgraphBoundFeature): GatewayPlugin[] {
  const url = urls[subgraph];
  if (url === undefined) {
    log.info(`${feature} off: the supergraph has no "${subgraph}" subgraph`, { feature, needs: subgraph, subgraphs: Object.keys(urls) });
    return [];
  }
  log.info(`${feature} on`, { feature, subgraph, url });
  return [make(url)];
}
