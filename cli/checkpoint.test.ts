import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpointPath, operationHash, readCheckpoint, removeCheckpoint, writeCheckpoint, type Checkpoint } from './checkpoint';

const checkpoint: Checkpoint = {
  version: 1,
  operationHash: 'abc',
  report: 'projects-by-chain-region',
  format: 'csv',
  target: '/tmp/x.csv',
  byteOffset: 1234,
  rowsWritten: 15,
  itemsFetched: 15,
  pages: 3,
  endCursor: 'eyJ2IjoxfQ',
  complete: false,
  totalCount: 23,
  regionGaps: [],
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('checkpoint', () => {
  it('is written whole and read back', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-checkpoint-'));
    const file = checkpointPath(path.join(dir, 'out.csv'));
    expect(file).toBe(path.join(dir, 'out.csv.checkpoint.json'));
    expect(readCheckpoint(file)).toEqual({ missing: true });
    writeCheckpoint(file, checkpoint);
    expect(fs.readdirSync(dir)).toEqual(['out.csv.checkpoint.json']);
    expect(readCheckpoint(file)).toEqual({ checkpoint });
    fs.writeFileSync(file, '{"version": 1');
    expect(readCheckpoint(file)).toHaveProperty('error');
    removeCheckpoint(file);
    expect(readCheckpoint(file)).toEqual({ missing: true });
    fs.rmSync(dir, { recursive: true });
  });

  it('hashes what decides the rows, whatever the key order', () => {
    const a = operationHash({ query: '{ a }', variables: { x: 1, y: [1, 2] }, format: 'csv' });
    expect(operationHash({ format: 'csv', variables: { y: [1, 2], x: 1 }, query: '{ a }' })).toBe(a);
    expect(operationHash({ query: '{ a }', variables: { x: 2, y: [1, 2] }, format: 'csv' })).not.toBe(a);
    expect(operationHash({ query: '{ a }', variables: { x: 1, y: [1, 2] }, format: 'json' })).not.toBe(a);
  });
});
