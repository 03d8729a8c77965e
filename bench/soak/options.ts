/** `npm run soak -- --minutes N [--connections C]`, validated: a soak is always bounded. */
export interface SoakOptions {
  minutes: number;
  connections: number;
}

export const SOAK_USAGE = `npm run soak -- --minutes N [--connections 8]

Starts the whole system on free loopback ports and the sample dataset (NODE_ENV=production, the
gateway with its heap budget), sends a mix of queries from C concurrent callers for N minutes
(at most 60), and prints the resident memory of every process at the start and end (and the
highest seen), the error counts by kind and the latency p50/p99.`;

export function parseSoakOptions(argv: string[]): { options: SoakOptions; errors?: never } | { options?: never; errors: string[] } {
  const errors: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!;
    if (!['--minutes', '--connections'].includes(name)) {
      errors.push(`unknown option ${name}`);
      continue;
    }
    const value = argv[++i];
    if (value === undefined) errors.push(`${name} needs a value`);
    else values.set(name, value);
  }
  const minutes = Number(values.get('--minutes'));
  if (!values.has('--minutes')) errors.push('--minutes is required');
  else if (!(minutes > 0 && minutes <= 60)) errors.push(`--minutes must be more than 0 and at most 60, got "${values.get('--minutes')}"`);
  const connectionsText = values.get('--connections') ?? '8';
  const connections = Number(connectionsText);
  if (!/^\d+$/.test(connectionsText) || connections < 1 || connections > 256) errors.push(`--connections must be a whole number from 1 to 256, got "${connectionsText}"`);
  return errors.length ? { errors } : { options: { minutes, connections } };
}
