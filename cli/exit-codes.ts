/**
 * The exporter's exit codes: the one table the help text prints and docs/reporting.md copies (a test keeps
 * them equal), so that a scheduler can tell a bad command line from a bad query, an outage, or an
 * export that is missing a region.
 */
export const EXIT = {
  OK: 0,
  USAGE: 1,
  GRAPHQL: 2,
  NETWORK: 3,
  PARTIAL: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODE_MEANINGS: ReadonlyArray<{ code: ExitCode; meaning: string }> = [
  { code: EXIT.OK, meaning: 'every page exported' },
  { code: EXIT.USAGE, meaning: 'usage: unknown option or report, missing variable, --out not writable, checkpoint of another export' },
  { code: EXIT.GRAPHQL, meaning: 'GraphQL error: the report does not parse or validate, or the gateway refused it (BAD_USER_INPUT, UNAUTHENTICATED…); not retried, nothing left behind' },
  { code: EXIT.NETWORK, meaning: 'network: the gateway stayed unreachable or failing after every retry; the checkpoint allows --resume' },
  { code: EXIT.PARTIAL, meaning: 'partial data: every page was written, but a region did not answer (REGION_UNAVAILABLE / REGION_TIMEOUT)' },
];
