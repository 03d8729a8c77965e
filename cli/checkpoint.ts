/**
 * The checkpoint beside the output: after each page is written, where the export stands — the
 * cursor to continue after, the rows and bytes written — and a hash of what was asked, so that
 * `--resume` continues the same export and no other. Written to a temporary file and renamed, so a
 * kill leaves the previous checkpoint or the new one, never half of one.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { RegionGap } from './retry';

export interface Checkpoint {
  version: 1;
  operationHash: string;
  report: string;
  format: string;
  /** The file byteOffset refers to: the output itself, or the row spool of an XLSX/HTML export. */
  target: string;
  byteOffset: number;
  rowsWritten: number;
  itemsFetched: number;
  pages: number;
  endCursor: string | null;
  /** Every page is written; only the ending (or rendering) of the output remains. */
  complete: boolean;
  totalCount: number | null;
  regionGaps: RegionGap[];
  updatedAt: string;
}

export function checkpointPath(output: string): string {
  return `${output}.checkpoint.json`;
}

/** Hash of everything that decides which rows an export writes, and how. */
export function operationHash(parts: Record<string, unknown>): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
    return value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(parts))).digest('hex');
}

export function readCheckpoint(path: string): { checkpoint: Checkpoint } | { missing: true } | { error: string } {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    return { error: `cannot read ${path}: ${(error as Error).message}` };
  }
  try {
    const checkpoint = JSON.parse(text) as Checkpoint;
    if (checkpoint.version !== 1 || typeof checkpoint.byteOffset !== 'number' || typeof checkpoint.operationHash !== 'string') return { error: `${path} is not a checkpoint of this exporter` };
    return { checkpoint };
  } catch (error) {
    return { error: `${path} is not JSON: ${(error as Error).message}` };
  }
}

/** Any job's checkpoint (the exporter's, the importer's): written whole or not at all. */
export function writeCheckpoint<T extends object = Checkpoint>(path: string, checkpoint: T): void {
  const temporary = `${path}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(checkpoint, null, 2)}\n`);
  fs.renameSync(temporary, path);
}

export function removeCheckpoint(path: string): void {
  fs.rmSync(path, { force: true });
  fs.rmSync(`${path}.tmp`, { force: true });
}
