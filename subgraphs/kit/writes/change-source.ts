/**
 * Where a write came from, carried beside the work instead of through every function's arguments:
 * the change history records it for each record written, and an import's rows set it per row.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export type ChangeSource =
  /** A single write: the mutation field that made it. */
  | { readonly kind: 'mutation'; readonly field: string }
  /** A row of an imported file. `sheet` is absent for CSV and NDJSON; `row` counts from 1 as a spreadsheet does. */
  | { readonly kind: 'import'; readonly file: string; readonly sheet?: string; readonly row: number };

const current = new AsyncLocalStorage<ChangeSource>();

/** Runs `work` with `source` as the source of every write it makes. */
export function withChangeSource<T>(source: ChangeSource, work: () => T): T {
  return current.run(source, work);
}

/** The source of the write being made, if one was set. */
export function currentChangeSource(): ChangeSource | undefined {
  return current.getStore();
}
