/**
 * GraphQL Code Generator, client preset: typed documents for the operations and fragments written
 * with graphql() in src/, checked against the gateway's public schema (schema/api-schema.graphql).
 *
 * Persisted documents: each operation's text is replaced in the bundle by its sha256 (plain hex, as
 * the gateway's trusted-documents manifest keys it), and src/gql/persisted-documents.json maps
 * every hash to its text; scripts/register-documents.ts files those texts with the gateway's
 * trusted documents. So the page sends only hashes, and only registered operations exist.
 */
import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../schema/api-schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        // Documents as strings with their types: no GraphQL parser in the browser.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
      },
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        persistedDocuments: { mode: 'replaceDocumentWithHash', hashAlgorithm: (text: string) => createHash('sha256').update(text).digest('hex') },
      },
    },
  },
};

export default config;
