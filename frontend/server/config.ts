/**
 * The pairing board's server configuration: one typed object with defaults, read from the
 * environment and validated at start (every problem listed, exit code 2).
 */
import path from 'node:path';

export interface FrontendConfig {
  host: string;
  port: number;
  /** The gateway's GraphQL URL as the browser reaches it; its origin is the only one the page may connect to. */
  graphqlUrl: string;
  /** The built page (vite build). */
  distDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export type FrontendConfigResult = { config: FrontendConfig; errors?: never } | { config?: never; errors: string[] };

export const FRONTEND_VARIABLES = [
  { name: 'FRONTEND_HOST', default: '127.0.0.1', description: 'Address the board\'s server listens on.' },
  { name: 'FRONTEND_PORT', default: '4200', description: 'Port of the board\'s server; its origin (http://localhost:4200) is what the gateway\'s CORS_ORIGINS must allow.' },
  { name: 'COOPGRAPH_GRAPHQL_URL', default: 'http://localhost:4000/graphql', description: 'The gateway\'s GraphQL URL as browsers reach it.' },
  { name: 'FRONTEND_DIST', default: 'frontend/dist', description: 'The built page (npm run build).' },
  { name: 'LOG_LEVEL', default: 'info', description: 'debug, info, warn or error (JSON lines).' },
] as const;

export function loadFrontendConfig(env: NodeJS.ProcessEnv = process.env, root = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..')): FrontendConfigResult {
  const errors: string[] = [];
  const portText = env.FRONTEND_PORT || '4200';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) errors.push(`FRONTEND_PORT must be a port number (0-65535), got "${portText}"`);
  const graphqlUrl = env.COOPGRAPH_GRAPHQL_URL || 'http://localhost:4000/graphql';
  let parsed: URL | undefined;
  try {
    parsed = new URL(graphqlUrl);
  } catch {
    errors.push(`COOPGRAPH_GRAPHQL_URL must be the gateway's http(s) URL, e.g. https://api.example.cn/graphql, got "${graphqlUrl}"`);
  }
  if (parsed && parsed.protocol !== 'http:' && parsed.protocol !== 'https:') errors.push(`COOPGRAPH_GRAPHQL_URL must be an http or https URL, got "${graphqlUrl}"`);
  const logLevel = env.LOG_LEVEL || 'info';
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) errors.push(`LOG_LEVEL must be debug, info, warn or error, got "${logLevel}"`);
  const config: FrontendConfig = {
    host: env.FRONTEND_HOST || '127.0.0.1',
    port,
    graphqlUrl,
    distDir: path.resolve(root, env.FRONTEND_DIST || 'frontend/dist'),
    logLevel: logLevel as FrontendConfig['logLevel'],
  };
  return errors.length ? { errors } : { config };
}
