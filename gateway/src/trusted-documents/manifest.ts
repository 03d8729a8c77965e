/**
 * The registered (trusted) operations of the regional frontends: an Apollo persisted-query manifest
 * (`{ format: "apollo-persisted-query-manifest", version: 1, operations: [{ id, name, type, body }] }`)
 * checked in under gateway/trusted-documents/, each id the sha256 of its body. Read and checked at
 * start: a manifest whose ids do not match their bodies is a configuration error, not a request error.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export interface ManifestOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

export interface TrustedManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: ManifestOperation[];
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export type ManifestResult = { documents: Map<string, string>; errors?: never } | { documents?: never; errors: string[] };

export function readManifest(text: string): ManifestResult {
  let manifest: TrustedManifest;
  try {
    manifest = JSON.parse(text) as TrustedManifest;
  } catch {
    return { errors: ['the trusted-documents manifest is not JSON'] };
  }
  if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1 || !Array.isArray(manifest.operations)) {
    return { errors: ['the trusted-documents manifest is not an apollo-persisted-query-manifest, version 1'] };
  }
  const errors: string[] = [];
  const documents = new Map<string, string>();
  for (const op of manifest.operations) {
    if (typeof op.body !== 'string' || sha256(op.body) !== op.id) errors.push(`manifest operation ${op.name ?? '?'}: id is not the sha256 of its body`);
    else documents.set(op.id, op.body);
  }
  return errors.length ? { errors } : { documents };
}

export function loadManifest(file: string): ManifestResult {
  if (!fs.existsSync(file)) return { errors: [`trusted-documents manifest ${file} does not exist`] };
  return readManifest(fs.readFileSync(file, 'utf8'));
}
