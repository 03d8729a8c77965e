import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TRUSTED_DOCUMENTS_DIR, buildManifest, manifestText } from './build-manifest';
import { InMemoryDocumentStore } from './document-store';
import { readManifest, sha256 } from './manifest';

const MANIFEST = path.join(TRUSTED_DOCUMENTS_DIR, 'manifest.json');

describe('the trusted-documents manifest', () => {
  it('is up to date with gateway/trusted-documents/operations (run `npm run trusted-documents`)', () => {
    expect(fs.readFileSync(MANIFEST, 'utf8')).toBe(manifestText(buildManifest()));
  });

  it('registers operations that are valid against the public API', () => {
    const schema = buildSchema(fs.readFileSync(path.resolve(TRUSTED_DOCUMENTS_DIR, '../../schema/api-schema.graphql'), 'utf8'));
    const { documents } = readManifest(fs.readFileSync(MANIFEST, 'utf8'));
    expect(documents!.size).toBeGreaterThanOrEqual(10);
    for (const [id, body] of documents!) {
      expect(sha256(body)).toBe(id);
      expect(validate(schema, parse(body)).map((e) => e.message), body).toEqual([]);
    }
  });

  it('refuses a manifest whose ids are not the hashes of its bodies', () => {
    const tampered = { format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256('{ a }'), name: 'A', type: 'query', body: '{ b }' }] };
    expect(readManifest(JSON.stringify(tampered)).errors).toEqual(['manifest operation A: id is not the sha256 of its body']);
    expect(readManifest('{ "format": "other" }').errors).toHaveLength(1);
  });
});

describe('the in-memory APQ store', () => {
  it('keeps the most recently used documents up to its size', async () => {
    const store = new InMemoryDocumentStore(2);
    await store.set('a', '{ a }');
    await store.set('b', '{ b }');
    await store.get('a');
    await store.set('c', '{ c }');
    expect([await store.get('a'), await store.get('b'), await store.get('c')]).toEqual(['{ a }', undefined, '{ c }']);
  });
});
