/**
 * `coopgraph token --role <role> [--region R] [--scope S] [--ttl 1h] [--subject NAME]`: a bearer
 * token the running development gateway accepts, signed with the data folder's development key
 * (gateway/src/auth/development-key.ts; COOPGRAPH_DATA_DIR as `npm start` reads it). Printed on
 * stdout alone, so `TOKEN=$(npx coopgraph token --role analyst)` works.
 */
import { parseArgs } from 'node:util';
import { readDevelopmentKey, signDevelopmentToken, type DevelopmentTokenRequest } from '../gateway/src/auth/development-key';
import { loadGatewayConfig } from '../gateway/src/config';
import { parseUnit, ROLES, UNIT_KINDS } from '../subgraphs/kit/auth/identity';
import { REGION_NAMES } from '../subgraphs/kit/cli/regions';
import { EXIT, type ExitCode } from './exit-codes';

/** A region whose whole territory is one unit an editor can answer for, so `--scope` may be left out. */
const REGION_WIDE_SCOPE: Partial<Record<string, string>> = { zhejiang: 'province:330000' };
const MAX_TTL_S = 30 * 24 * 3600;

export const TOKEN_HELP = `coopgraph token — a development bearer token for the gateway \`npm start\` runs

Usage:
  coopgraph token --role anonymous|analyst|editor|reporting [options]

Options:
  --role ROLE       who the token speaks for (required)
  --region R        an editor's region: ${REGION_NAMES.join(', ')}
  --scope S         an editor's unit, KIND:KEY with KIND one of ${UNIT_KINDS.join(', ')} (e.g. zone:shanghai-zhangjiang,
                    alliance:shuangtan-alliance, county:jiande); Zhejiang's default is ${REGION_WIDE_SCOPE.zhejiang}
  --ttl DURATION    how long it is valid: 90s, 30m, 1h (default), 7d; at most 30d
  --subject NAME    the token's sub, shown in the change history (default: dev-<role>)

The key is <data folder>/development-token.key, kept by \`npm start\` in development (data folder:
$COOPGRAPH_DATA_DIR, else ./data). A production gateway never accepts these tokens. See docs/tokens.md.
`;

/** "90s", "30m", "1h", "7d" → seconds, or a usage message. */
export function parseTtl(text: string): number | string {
  const match = /^(\d+)([smhd])$/.exec(text.trim());
  const seconds = match ? Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[match[2] as 's' | 'm' | 'h' | 'd'] : NaN;
  if (!(seconds >= 1 && seconds <= MAX_TTL_S)) return `--ttl ${text}: write a duration from 1s to 30d, e.g. 30m, 1h or 7d`;
  return seconds;
}

/** The command line read into what to sign, or a usage message. */
export function tokenRequestOf(argv: string[]): DevelopmentTokenRequest | { help: true } | { usage: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { role: { type: 'string' }, region: { type: 'string' }, scope: { type: 'string' }, ttl: { type: 'string' }, subject: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
    }));
  } catch (error) {
    return { usage: (error as Error).message };
  }
  if (values.help) return { help: true };
  const role = values.role as DevelopmentTokenRequest['role'] | undefined;
  if (!role || !(ROLES as readonly string[]).includes(role)) return { usage: `--role must be one of ${ROLES.join(', ')}${role ? `, got "${role}"` : ''}` };
  const ttlSeconds = parseTtl(values.ttl ?? '1h');
  if (typeof ttlSeconds === 'string') return { usage: ttlSeconds };
  const subject = values.subject ?? `dev-${role}`;
  if (!/^[\w.@:+-]{1,200}$/.test(subject)) return { usage: `--subject ${subject}: letters, digits and . @ : + - _ only, at most 200` };
  if (role !== 'editor') {
    if (values.region || values.scope) return { usage: '--region and --scope are for an editor token' };
    return { role, subject, ttlSeconds };
  }
  const region = values.region;
  if (!region || !(REGION_NAMES as readonly string[]).includes(region)) return { usage: `an editor token needs --region ${REGION_NAMES.join('|')}${region ? `, got "${region}"` : ''}` };
  const scope = values.scope ?? REGION_WIDE_SCOPE[region];
  if (!scope) return { usage: `an editor of ${region} answers for a unit: add --scope KIND:KEY (${UNIT_KINDS.join(', ')})` };
  if (!parseUnit(scope)) return { usage: `--scope ${scope}: write KIND:KEY with KIND one of ${UNIT_KINDS.join(', ')} and a lower-case key` };
  return { role, subject, region, scope, ttlSeconds };
}

export async function runTokenCommand(argv: string[], env: NodeJS.ProcessEnv, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<ExitCode> {
  const request = tokenRequestOf(argv);
  if ('help' in request) {
    out.write(TOKEN_HELP);
    return EXIT.OK;
  }
  if ('usage' in request) {
    err.write(`coopgraph token: ${request.usage}\nRun coopgraph token --help for the options.\n`);
    return EXIT.USAGE;
  }
  // Refused in production before anything else its configuration may say.
  if (env.COOPGRAPH_MODE === 'production') {
    err.write("coopgraph token: development tokens are for development mode; a production gateway verifies its identity provider's tokens only\n");
    return EXIT.USAGE;
  }
  // The gateway's own reading of the environment: the same data folder, issuer and audience.
  const loaded = loadGatewayConfig(env);
  if (loaded.errors) {
    err.write(`coopgraph token: the gateway's configuration does not load:\n${loaded.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return EXIT.USAGE;
  }
  const { auth, mode } = loaded.config;
  if (!auth.developmentKeyFile) {
    err.write(`coopgraph token: development tokens are for development mode; a ${mode} gateway verifies its identity provider's tokens only\n`);
    return EXIT.USAGE;
  }
  const key = readDevelopmentKey(auth.developmentKeyFile);
  if (!key) {
    err.write(`coopgraph token: no development key at ${auth.developmentKeyFile}; \`npm start\` creates it there (give both the same COOPGRAPH_DATA_DIR)\n`);
    return EXIT.USAGE;
  }
  out.write(`${await signDevelopmentToken(request, key, auth)}\n`);
  return EXIT.OK;
}
