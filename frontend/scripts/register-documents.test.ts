/**
 * The pairing board's typed documents are generated from the current schema and its sources, and
 * every operation it sends is registered with the gateway under the hash it sends.
 */
import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../gateway/src/trusted-documents/manifest';
import config from '../codegen';
import { OPERATIONS_DIR, PERSISTED_DOCUMENTS, trustedDocumentFiles } from './register-documents';

const FRONTEND = path.resolve(__dirname, '..');
const persisted = () => JSON.parse(fs.readFileSync(PERSISTED_DOCUMENTS, 'utf8')) as Record<string, string>;

describe('the pairing board\'s documents', () => {
  it('are generated from the current schema and sources (else: npm run frontend:codegen)', async () => {
    const cwd = process.cwd();
    process.chdir(FRONTEND);
    try {
      const outputs = await generate({ ...config, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) expect(fs.readFileSync(path.resolve(FRONTEND, output.filename), 'utf8'), output.filename).toBe(output.content);
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);

  it('are each registered with the gateway, under the hash the page sends, with the same text', () => {
    const manifest = readManifest(fs.readFileSync(path.resolve(OPERATIONS_DIR, '../manifest.json'), 'utf8'));
    expect(manifest.errors).toBeUndefined();
    const documents = persisted();
    expect(Object.keys(documents).length).toBeGreaterThanOrEqual(2);
    for (const [hash, text] of Object.entries(documents)) expect(manifest.documents!.get(hash), hash).toBe(text);
  });

  it('are filed one operation a file, named after the operation, the text unchanged', () => {
    const files = trustedDocumentFiles(persisted());
    expect(files.map((f) => f.file).sort()).toEqual(['zhejiang-pairing-board-pairings.graphql', 'zhejiang-pairing-board.graphql']);
    for (const { file, body } of files) expect(fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8')).toBe(body);
    expect(() => trustedDocumentFiles({ ['0'.repeat(64)]: 'query A { __typename }' })).toThrow(/is not the sha256 of its text/);
  });
});
