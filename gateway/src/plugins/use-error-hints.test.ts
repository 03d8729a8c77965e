import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { withHint } from './use-error-hints';

// The messages are graphql-js's own, for documents validated against the public API schema.
const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema/api-schema.graphql'), 'utf8'));
const messageOf = (document: string) => validate(schema, parse(document))[0]!.message;

const DEVELOPMENT = { suggestions: true, explorer: true };
const PRODUCTION = { suggestions: false, explorer: false };

describe('hints in the errors of a misspelt name', () => {
  it('keeps graphql-js\'s suggestion when suggestions are on', () => {
    const message = messageOf('{ firmz(uscc: "x") { name } }');
    expect(message).toMatch(/Did you mean "firm"/);
    expect(withHint(message, DEVELOPMENT)).toBe(message);
  });

  it('points to the explorer\'s documentation panel when nothing is close', () => {
    const hinted = withHint(messageOf('{ xyzzy }'), DEVELOPMENT);
    expect(hinted).toBe('Cannot query field "xyzzy" on type "Query". Check the spelling (names are case-sensitive): the documentation panel of the explorer (open / on this gateway) lists the fields of Query.');
  });

  it.each([
    ['a field', '{ firms(first: 1) { totalCont } }', 'the fields of FirmConnection'],
    ['an argument', '{ firms(frist: 1) { totalCount } }', 'the arguments of Query.firms'],
    ['an enum value', '{ firms(first: 1, filter: { regions: [TIANJING] }) { totalCount } }', 'the values of Region'],
    ['an input field', '{ firms(first: 1, filter: { keywrd: "x" }) { totalCount } }', 'the fields of FirmFilter'],
    ['a type', 'query($f: FirmFiltr) { firms(filter: $f) { totalCount } }', 'every type'],
  ])('cuts the suggestion for %s when suggestions are off, and says where the names are', (_what, document, listed) => {
    const message = messageOf(document);
    expect(message).toMatch(/Did you mean/);
    const hinted = withHint(message, PRODUCTION);
    expect(hinted).not.toMatch(/Did you mean|\?$/);
    expect(hinted).toBe(`${message.slice(0, message.lastIndexOf(' Did you mean '))} Check the spelling (names are case-sensitive): the API schema (schema/api-schema.graphql in the Coopgraph repository) lists ${listed}.`);
  });

  it('leaves other messages as they are', () => {
    const message = messageOf('{ firm { name } }');
    expect(withHint(message, PRODUCTION)).toBe(message);
    expect(withHint(message, DEVELOPMENT)).toBe(message);
  });
});
