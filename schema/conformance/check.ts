/**
 * `npm run contract:check -- <subgraph URL> [--name <region>] [--header 'name: value']`: tells a
 * region's team whether their subgraph, in whatever language and database, can join the federation
 * as a region. Three steps, each saying why when it fails: the shape of its SDL against
 * schema/region-contract.graphql, composition with the other subgraphs, and live probes of the
 * directory protocol. Exit 0 conforms, 1 does not, 2 usage or the subgraph could not be reached.
 */
import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { compareWithContract, type Finding } from './compare';
import { post, probeRegionContract, type ProbeTarget } from './probes';
import { SUBGRAPHS, defaultUrl } from '../subgraph-list';
import { SCHEMA_DIR } from '../compose';

/** Past this many, a step's departures are counted rather than listed: the first ones say what is wrong. */
const MAX_LISTED = 40;

export const CONTRACT_EXIT = { CONFORMS: 0, DEPARTS: 1, USAGE: 2 } as const;

const USAGE = `usage: npm run contract:check -- <subgraph URL> [--name <region>] [--header 'name: value']...
  Checks a subgraph against the region contract (schema/region-contract.md).
  --name    the name it will have in the supergraph (default: candidate); a name of ours replaces that region
  --header  a header sent with every request (repeatable), for instance a signed identity
exit: 0 conforms, 1 departs from the contract (each departure listed), 2 usage or unreachable`;

type Options = { error: string; target?: never } | { error?: never; target: ProbeTarget; name: string };

export function parseCheckArguments(args: string[]): Options {
  const headers: Record<string, string> = {};
  let name = 'candidate';
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--name' || arg === '--header') {
      const value = args[++i];
      if (value === undefined) return { error: `${arg} needs a value` };
      if (arg === '--name') name = value;
      else {
        const colon = value.indexOf(':');
        if (colon < 1) return { error: `--header wants 'name: value', got "${value}"` };
        headers[value.slice(0, colon).trim().toLowerCase()] = value.slice(colon + 1).trim();
      }
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else if (url) return { error: `one subgraph URL at a time (got ${url} and ${arg})` };
    else url = arg;
  }
  if (!url) return { error: 'the subgraph URL is missing' };
  try {
    new URL(url);
  } catch {
    return { error: `not a URL: ${url}` };
  }
  return { target: { url, headers }, name };
}

/** The SDL the candidate serves, or why it could not be had. */
async function fetchSdl(target: ProbeTarget): Promise<{ sdl: string; error?: never } | { error: string; sdl?: never }> {
  try {
    const body = await post<{ _service?: { sdl?: string } }>(target, '{ _service { sdl } }');
    const sdl = body.data?._service?.sdl;
    if (sdl) return { sdl };
    return { error: `no _service { sdl } in the answer${body.errors?.length ? `: ${body.errors.map((e) => e.message).join('; ')}` : ''} (is it a Federation 2 subgraph?)` };
  } catch (error) {
    return { error: `could not reach ${target.url}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Composition with our other subgraphs, as the gateway's supergraph would be made. */
function compositionErrors(name: string, sdl: string): string[] {
  const others = SUBGRAPHS.filter((s) => s.name !== name).map((s) => ({
    name: s.name,
    url: defaultUrl(s),
    typeDefs: parse(fs.readFileSync(path.join(SCHEMA_DIR, 'subgraphs', `${s.name}.graphql`), 'utf8')),
  }));
  const result = composeServices([...others, { name, url: 'http://candidate.invalid/graphql', typeDefs: parse(sdl) }]);
  return (result.errors ?? []).map((e) => e.message);
}

export async function checkContract(args: string[], out: (line: string) => void): Promise<number> {
  const options = parseCheckArguments(args);
  if (options.error !== undefined) {
    out(`${options.error}\n\n${USAGE}`);
    return CONTRACT_EXIT.USAGE;
  }
  const served = await fetchSdl(options.target);
  if (served.error !== undefined) {
    out(`✗ ${served.error}`);
    return CONTRACT_EXIT.USAGE;
  }
  const contract = parse(fs.readFileSync(path.join(SCHEMA_DIR, 'region-contract.graphql'), 'utf8'));
  const report = (step: string, findings: Finding[]) => {
    out(findings.length ? `✗ ${step}: ${findings.length} departure${findings.length === 1 ? '' : 's'}` : `✓ ${step}`);
    for (const f of findings.slice(0, MAX_LISTED)) out(`    ${f.element}: ${f.problem}`);
    if (findings.length > MAX_LISTED) out(`    … and ${findings.length - MAX_LISTED} more`);
    return findings.length;
  };
  let departures = report('shape: entity keys and the directory protocol (schema/region-contract.graphql)', compareWithContract(contract, served.sdl));
  departures += report(`composition as "${options.name}" with the other subgraphs`, compositionErrors(options.name, served.sdl).map((problem) => ({ element: 'composition', problem })));
  if (departures === 0) {
    departures += report('behaviour: paging, cursors, lookups, references, user errors', await probeRegionContract(options.target, (note) => out(`    note: ${note}`)));
  } else {
    out('- behaviour not probed until the shape and composition conform');
  }
  out(departures ? `${options.target.url} does not conform to the region contract` : `${options.target.url} conforms to the region contract`);
  return departures ? CONTRACT_EXIT.DEPARTS : CONTRACT_EXIT.CONFORMS;
}

if (require.main === module) {
  checkContract(process.argv.slice(2), (line) => process.stdout.write(`${line}\n`)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`contract:check failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(CONTRACT_EXIT.USAGE);
    },
  );
}
