/** `npm run bench -- [options]`, validated. */
import type { GatewayId } from './gateways/catalog';

export const WORKLOADS = ['W1', 'W1m', 'W2', 'W3', 'W4', 'W5', 'W6'] as const;
/** W6 (bench/scale.ts) generates and starts a system per size: asked for by name only. */
const DEFAULT_WORKLOADS = WORKLOADS.filter((w) => w !== 'W6');
export const SCALE_DIALECTS = ['sqlite', 'postgresql', 'mariadb'] as const;
export type WorkloadId = (typeof WORKLOADS)[number];

export interface BenchOptions {
  firms: number;
  seed: number;
  /** Seconds measured per load run, after `warmup` seconds whose figures are dropped. */
  duration: number;
  warmup: number;
  /** Concurrent connections of every load run. */
  connections: number;
  gateways: GatewayId[];
  workloads: WorkloadId[];
  /** Serial W2 requests timed through each gateway, and as many direct subgraph chains. */
  overheadSamples: number;
  /** W4 exports the chain whose firm records come nearest this. */
  exportRows: number;
  /** Write CPU profiles (node --cpu-prof) of these gateways to bench/.tmp/profiles. */
  profile: GatewayId[];
  /** Every gateway measured this many times, odd rounds in reverse order (rounds.ts). */
  rounds: number;
  regenerate: boolean;
  save: boolean;
  /** W6: the numbers of firms measured, and the regions' dialect. */
  scaleSizes: number[];
  dialect: (typeof SCALE_DIALECTS)[number];
}

export type BenchOptionsResult = { options: BenchOptions; errors?: never } | { options?: never; errors: string[] };

export const BENCH_USAGE = `npm run bench -- [--firms 100000] [--seed 1] [--duration 10] [--warmup 3] [--connections 10]
                  [--gateways a,b,c,d] [--workloads ${WORKLOADS.join(',')}] [--overhead-samples 200]
                  [--export-rows 20000] [--profile a] [--rounds 1] [--regenerate] [--no-save]
                  [--workloads W6 [--scale-1m] [--dialect sqlite|postgresql|mariadb]]

Generates the data once (bench/.tmp/data-<firms>-<seed>, or the databases <REGION>_DATABASE_URL names),
starts the subgraphs, then runs every workload against each gateway in turn and writes
bench/results/<date>-<host>.md. With --rounds N it does so N times, every other round in reverse
gateway order, and reports the mean of the rounds.`;

const GATEWAY_IDS: GatewayId[] = ['a', 'b', 'c', 'd'];

export function parseBenchOptions(argv: readonly string[]): BenchOptionsResult {
  const errors: string[] = [];
  const given = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]!);
    if (!match) {
      errors.push(`unexpected argument "${argv[i]}"`);
      continue;
    }
    const name = match[1]!;
    if (name === 'regenerate' || name === 'no-save' || name === 'scale-1m') {
      flags.add(name);
      continue;
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined) errors.push(`--${name} needs a value`);
    else given.set(name, value);
  }
  const known = ['firms', 'seed', 'duration', 'warmup', 'connections', 'gateways', 'workloads', 'overhead-samples', 'export-rows', 'profile', 'rounds', 'dialect'];
  for (const name of given.keys()) if (!known.includes(name)) errors.push(`unknown option --${name}`);
  const number = (name: string, fallback: number, min: number, max: number) => {
    const text = given.get(name);
    if (text === undefined) return fallback;
    const value = Number(text.replace(/_/g, ''));
    if (!Number.isInteger(value) || value < min || value > max) errors.push(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
    return value;
  };
  const list = <T extends string>(name: string, allowed: readonly T[], fallback: readonly T[]): T[] => {
    const text = given.get(name);
    if (text === undefined) return [...fallback];
    const items = text.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = items.filter((s) => !(allowed as readonly string[]).includes(s));
    if (unknown.length) errors.push(`--${name}: unknown ${unknown.join(', ')} (one of ${allowed.join(', ')})`);
    return allowed.filter((a) => items.includes(a));
  };
  const options: BenchOptions = {
    firms: number('firms', 100_000, 100, 1_000_000),
    seed: number('seed', 1, 0, 2 ** 31 - 1),
    duration: number('duration', 10, 1, 600),
    warmup: number('warmup', 3, 0, 120),
    connections: number('connections', 10, 1, 1000),
    gateways: list('gateways', GATEWAY_IDS, GATEWAY_IDS),
    workloads: list('workloads', WORKLOADS, DEFAULT_WORKLOADS),
    overheadSamples: number('overhead-samples', 200, 5, 10_000),
    exportRows: number('export-rows', 20_000, 100, 1_000_000),
    profile: list('profile', GATEWAY_IDS, []),
    rounds: number('rounds', 1, 1, 10),
    regenerate: flags.has('regenerate'),
    save: !flags.has('no-save'),
    scaleSizes: flags.has('scale-1m') ? [10_000, 100_000, 1_000_000] : [10_000, 100_000],
    dialect: list('dialect', SCALE_DIALECTS, ['sqlite'])[0] ?? 'sqlite',
  };
  // A recorded run states every figure as a ratio to (b); a --no-save run (profiling, say) may skip it.
  if (options.save && !options.gateways.includes('b') && options.workloads.some((w) => w !== 'W6')) errors.push('--gateways must include b when the run is saved: every figure is a ratio to it (or add --no-save)');
  return errors.length ? { errors } : { options };
}
