/**
 * Files the pairing board's operations with the gateway's trusted documents. The code generator
 * writes src/gql/persisted-documents.json (sha256 → text of each operation the page sends); each
 * becomes gateway/trusted-documents/operations/<operation-name>.graphql holding exactly that text,
 * so the manifest's id for it (the sha256 of the file) is the hash the page sends.
 * `npm run frontend:codegen` runs the generator, this, and `npm run trusted-documents`.
 * (A board forked into a repository of its own hands its persisted-documents.json to whoever runs
 * its gateway instead.)
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

const FRONTEND = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../../frontend' : '..');
export const PERSISTED_DOCUMENTS = path.join(FRONTEND, 'src/gql/persisted-documents.json');
export const OPERATIONS_DIR = path.resolve(FRONTEND, '../gateway/trusted-documents/operations');

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** One file per operation: its name from the operation's, its body the generator's text, unchanged. */
export function trustedDocumentFiles(persisted: Record<string, string>): Array<{ file: string; body: string }> {
  return Object.entries(persisted).map(([hash, body]) => {
    if (createHash('sha256').update(body).digest('hex') !== hash) throw new Error(`persisted document ${hash} is not the sha256 of its text: check codegen.ts's hashAlgorithm`);
    const operations = parse(body).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const name = operations[0]?.name?.value;
    if (operations.length !== 1 || !name) throw new Error(`persisted document ${hash} must hold one named operation`);
    return { file: `${kebab(name)}.graphql`, body };
  });
}

if (require.main === module) {
  const files = trustedDocumentFiles(JSON.parse(fs.readFileSync(PERSISTED_DOCUMENTS, 'utf8')) as Record<string, string>);
  for (const { file, body } of files) fs.writeFileSync(path.join(OPERATIONS_DIR, file), body);
  process.stdout.write(`wrote ${files.map((f) => f.file).join(', ')} to ${path.relative(process.cwd(), OPERATIONS_DIR)}\n`);
}
