/**
 * Where `npm start` puts each process: GATEWAY_PORT and `<SUBGRAPH>_PORT` when set (the defaults,
 * 4000 and 4100–4103, otherwise), and `<SUBGRAPH>_URL` when set as the URL the gateway and the
 * cross-region layer call that subgraph at (a proxy, another host name), as docs/configuration.md
 * lists them. A port that is not one is an error, listed with every other.
 */
import { SUBGRAPHS, type SubgraphEntry } from '../schema/subgraph-list';
import { DEFAULT_PORTS, type ProcessName } from './system';

export interface StartLayout {
  ports: Record<ProcessName, number>;
  /** The URLs given for subgraphs; those not given are the local process's own. */
  urls: Partial<Record<SubgraphEntry['name'], string>>;
}

export function startLayout(env: NodeJS.ProcessEnv): { layout: StartLayout; errors?: never } | { layout?: never; errors: string[] } {
  const errors: string[] = [];
  const names: ProcessName[] = ['gateway', ...SUBGRAPHS.map((s) => s.name)];
  const ports = {} as Record<ProcessName, number>;
  for (const name of names) {
    const variable = `${name.toUpperCase()}_PORT`;
    const text = env[variable];
    if (text === undefined || text === '') {
      ports[name] = DEFAULT_PORTS[name];
      continue;
    }
    const port = Number(text);
    if (!/^\d+$/.test(text) || port < 1 || port > 65535) errors.push(`${variable} must be a port number from 1 to 65535, got "${text}"`);
    ports[name] = port;
  }
  const taken = new Map<number, ProcessName>();
  for (const name of names) {
    const other = taken.get(ports[name]);
    if (other) errors.push(`${name.toUpperCase()}_PORT and ${other.toUpperCase()}_PORT are both ${ports[name]}`);
    taken.set(ports[name], name);
  }
  const urls: StartLayout['urls'] = {};
  for (const { name } of SUBGRAPHS) {
    const variable = `${name.toUpperCase()}_URL`;
    const url = env[variable];
    if (!url) continue;
    if (!/^https?:\/\/[^/]/.test(url)) errors.push(`${variable} must be an http(s) URL, got "${url}"`);
    urls[name] = url;
  }
  return errors.length ? { errors } : { layout: { ports, urls } };
}
