/** `npm run generate -- --firms N --seed S [--projects M] [--regions a,b] [--shared F] [--chunk R]`, validated. */
import type { RegionName } from '../../schema/contract/errors';
import { REGIONS } from './territory';
import { MAX_FIRMS } from './universe';

export interface GenerateOptions {
  /** Distinct firms over all regions (a shared firm counts once). */
  firms: number;
  seed: number;
  /** Projects over all regions; by default 0.6 per firm. */
  projects: number;
  regions: RegionName[];
  sharedShare: number;
  /** Rows buffered before a chunk is written in one transaction. */
  chunkRows: number;
}

export type OptionsResult = { options: GenerateOptions; errors?: never } | { options?: never; errors: string[] };

export const USAGE = `npm run generate -- --firms N --seed S [--projects M] [--regions tianjin,yangtze,zhejiang] [--shared 0.1] [--chunk 20000]

Fills each region's database (<REGION>_DATABASE_URL, else sqlite:data/<region>.sqlite) with its share of
N generated firms (at most ${MAX_FIRMS.toLocaleString('en')} in all) and M projects. The same seed always gives the same rows;
rows an earlier run generated are replaced.`;

function wholeNumber(text: string | undefined, name: string, min: number, max: number, errors: string[]): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min || value > max) {
    errors.push(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
    return undefined;
  }
  return value;
}

export function parseGenerateOptions(argv: readonly string[]): OptionsResult {
  const errors: string[] = [];
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match) {
      errors.push(`unexpected argument "${arg}"`);
      continue;
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined) errors.push(`--${match[1]} needs a value`);
    else given.set(match[1]!, value);
  }
  for (const name of given.keys()) if (!['firms', 'seed', 'projects', 'regions', 'shared', 'chunk'].includes(name)) errors.push(`unknown option --${name}`);

  const firms = wholeNumber(given.get('firms'), 'firms', 1, MAX_FIRMS, errors);
  if (!given.has('firms')) errors.push('--firms is required');
  const seed = wholeNumber(given.get('seed'), 'seed', 0, 2 ** 31 - 1, errors) ?? 1;
  const projects = wholeNumber(given.get('projects'), 'projects', 0, 10 * MAX_FIRMS, errors);
  const chunkRows = wholeNumber(given.get('chunk'), 'chunk', 100, 1_000_000, errors) ?? 20_000;
  const regions = (given.get('regions') ?? REGIONS.join(',')).split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = regions.filter((r) => !(REGIONS as readonly string[]).includes(r));
  if (unknown.length || regions.length === 0) errors.push(`--regions must list regions among ${REGIONS.join(', ')}, got "${given.get('regions')}"`);
  const sharedText = given.get('shared');
  const sharedShare = sharedText === undefined ? 0.1 : Number(sharedText);
  if (!(sharedShare >= 0 && sharedShare <= 1)) errors.push(`--shared must be a share from 0 to 1, got "${sharedText}"`);

  if (errors.length || firms === undefined) return { errors };
  return {
    options: {
      firms,
      seed,
      projects: projects ?? Math.round(firms * 0.6),
      regions: REGIONS.filter((r) => regions.includes(r)),
      sharedShare,
      chunkRows,
    },
  };
}
