/**
 * The importer's exit codes, fewer than the exporter's (cli/exit-codes.ts): a scheduler needs to know
 * whether every row went in, some were refused (the report names them), or nothing could be tried.
 */
export const IMPORT_EXIT = {
  OK: 0,
  REJECTED: 1,
  FAILED: 2,
} as const;

export type ImportExitCode = (typeof IMPORT_EXIT)[keyof typeof IMPORT_EXIT];

export const IMPORT_EXIT_MEANINGS: ReadonlyArray<{ code: ImportExitCode; meaning: string }> = [
  { code: IMPORT_EXIT.OK, meaning: 'every row imported (or, with --dry-run, every row would be)' },
  { code: IMPORT_EXIT.REJECTED, meaning: 'some rows rejected, the rest imported: --report names every rejected row and column' },
  { code: IMPORT_EXIT.FAILED, meaning: 'usage, file or connection error, or the gateway refused the import (FORBIDDEN, UNAUTHENTICATED): nothing more was written; after a connection error, --resume continues' },
];
