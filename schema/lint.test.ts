/**
 * Every type and field of the public API has a description (Chinese and English, "中文 — English"):
 * the composed API schema is linted with @graphql-eslint's require-description rule, which fails on
 * a missing one.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { describe, expect, it } from 'vitest';

const API_SCHEMA = path.join(__dirname, 'api-schema.graphql');

describe('API schema descriptions', () => {
  it('has a description on every type, field, argument, enum value and input field', async () => {
    const eslint = new ESLint({
      cwd: __dirname,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.graphql'],
          // The rule walks the schema: the file under lint is also the schema it is linted against.
          languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: API_SCHEMA } } },
          plugins: { '@graphql-eslint': graphqlPlugin as never },
          rules: {
            '@graphql-eslint/require-description': [
              'error',
              {
                types: true,
                FieldDefinition: true,
                InputValueDefinition: true,
                EnumValueDefinition: true,
                DirectiveDefinition: true,
                rootField: true,
              },
            ],
          },
        },
      ],
    });
    const [result] = await eslint.lintFiles([API_SCHEMA]);
    const problems = result!.messages.map((m) => `${m.line}: ${m.message}`);
    expect(problems).toEqual([]);
  });
}, 60_000);
