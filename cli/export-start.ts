/**
 * Where an export begins: a fresh output (and checkpoint), or — with --resume — the output cut back
 * to its checkpoint and the checkpoint's position, when that checkpoint is of this very export.
 */
import { checkpointPath, readCheckpoint, removeCheckpoint, type Checkpoint } from './checkpoint';
import { OutputFile, stdoutDestination, type Destination } from './output-file';
import type { Progress } from './progress';
import { spoolPath } from './spool';

export interface ExportStart {
  output: string | null;
  /** The format writes a row spool and renders the output at the end (XLSX, HTML). */
  spooled: boolean;
  resume: boolean;
  hash: string;
  report: string;
  format: string;
  stdout: NodeJS.WritableStream;
  progress: Progress;
}

export interface BegunExport {
  state: Checkpoint;
  destination: Destination;
  /** The file the checkpoint's offset refers to (the output or its spool); null on stdout. */
  target: string | null;
  checkpointFile: string | null;
  resumed: boolean;
}

export async function beginExport(start: ExportStart): Promise<BegunExport | { failure: string }> {
  const target = start.output ? (start.spooled ? spoolPath(start.output) : start.output) : null;
  const checkpointFile = start.output ? checkpointPath(start.output) : null;
  const fresh: Checkpoint = {
    version: 1,
    operationHash: start.hash,
    report: start.report,
    format: start.format,
    target: target ?? '-',
    byteOffset: 0,
    rowsWritten: 0,
    itemsFetched: 0,
    pages: 0,
    endCursor: null,
    complete: false,
    totalCount: null,
    regionGaps: [],
    updatedAt: new Date().toISOString(),
  };
  if (!target || !checkpointFile) return { state: fresh, destination: stdoutDestination(start.stdout), target, checkpointFile, resumed: false };

  if (start.resume) {
    const read = readCheckpoint(checkpointFile);
    if ('error' in read) return { failure: read.error };
    if ('checkpoint' in read) {
      const { checkpoint } = read;
      if (checkpoint.operationHash !== start.hash || checkpoint.target !== target) {
        return { failure: `${checkpointFile} belongs to another export (another report, variables or format); run without --resume to start over` };
      }
      const reopened = await OutputFile.reopen(target, checkpoint.byteOffset);
      if ('error' in reopened) return { failure: `cannot resume: ${reopened.error}; run without --resume to start over` };
      start.progress.start({ resumedAt: { page: checkpoint.pages, rows: checkpoint.rowsWritten, complete: checkpoint.complete }, output: start.output });
      return { state: checkpoint, destination: reopened.file, target, checkpointFile, resumed: true };
    }
    start.progress.warn('no checkpoint to resume from; starting from the first page', { checkpoint: checkpointFile });
  }
  removeCheckpoint(checkpointFile);
  try {
    return { state: fresh, destination: await OutputFile.create(target), target, checkpointFile, resumed: false };
  } catch (error) {
    return { failure: `cannot write --out ${start.output}: ${(error as Error).message}` };
  }
}
