/**
 * Writes gateway/trusted-documents/manifest.json from the operations the regional frontends use
 * (gateway/trusted-documents/operations/*.graphql, one operation a file), each registered by the
 * sha256 of its text. `npm run trusted-documents`; a unit test fails when the manifest is stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { sha256, type ManifestOperation, type TrustedManifest } from './manifest';

export const TRUSTED_DOCUMENTS_DIR = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../../../gateway/trusted-documents' : '../../trusted-documents');

export function buildManifest(dir = path.join(TRUSTED_DOCUMENTS_DIR, 'operations')): TrustedManifest {
  const operations: ManifestOperation[] = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const body = fs.readFileSync(path.join(dir, file), 'utf8');
      const operations = parse(body).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (operations.length !== 1 || !operations[0]!.name) throw new Error(`${file} must hold exactly one named operation`);
      return { id: sha256(body), name: operations[0]!.name.value, type: operations[0]!.operation, body };
    });
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

export function manifestText(manifest: TrustedManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (require.main === module) {
  const target = path.join(TRUSTED_DOCUMENTS_DIR, 'manifest.json');
  const manifest = buildManifest();
  fs.writeFileSync(target, manifestText(manifest));
  process.stdout.write(`wrote ${manifest.operations.length} operations to ${path.relative(process.cwd(), target)}\n`);
}
