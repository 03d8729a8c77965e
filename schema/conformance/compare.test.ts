import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compareWithContract } from './compare';
import { cutRegionContract } from './region-contract';

const SCHEMA = path.resolve(__dirname, '..');
const contract = parse(fs.readFileSync(path.join(SCHEMA, 'region-contract.graphql'), 'utf8'));
const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

describe('the region contract', () => {
  it.each(['tianjin', 'yangtze', 'zhejiang'])('is served by %s as checked in', (region) => {
    const sdl = fs.readFileSync(path.join(SCHEMA, 'subgraphs', `${region}.graphql`), 'utf8');
    expect(compareWithContract(contract, sdl)).toEqual([]);
  });

  it('is not served by the cross-region layer, which has no directory', () => {
    const sdl = fs.readFileSync(path.join(SCHEMA, 'subgraphs', 'crossregion.graphql'), 'utf8');
    expect(cutRegionContract(sdl).errors).toContain('the region serves no Query field named directory*');
  });
});

describe('compareWithContract', () => {
  const small = parse(`
    type Firm @key(fields: "uscc") { uscc: ID! }
    type Query { directoryFirms(first: Int!, after: String): Page! @shareable }
    type Page @shareable { rows: [String!]! totalCount: Int }
    input Filter { keyword: String }`);

  it('accepts stricter outputs, more lenient inputs and optional extras', () => {
    const sdl = `${LINK}
      type Firm @key(fields: "uscc") { uscc: ID! name: String }
      type Query { directoryFirms(first: Int, after: String, extra: Int = 3, more: Boolean): Page! @shareable }
      type Page @shareable { rows: [String!]! totalCount: Int! pages: Int }
      input Filter { keyword: String region: String }`;
    expect(compareWithContract(small, sdl)).toEqual([]);
  });

  it('names each departure with what the contract wants', () => {
    const sdl = `${LINK}
      type Firm @key(fields: "uscc", resolvable: false) { uscc: ID! }
      type Query { directoryFirms(first: String!, extra: Int!): Page }
      type Page { rows: [String] }
      input Filter { keyword: String! }`;
    expect(compareWithContract(small, sdl)).toEqual([
      { element: 'Firm @key', problem: '@key(fields: "uscc") is resolvable: false; the region must resolve Firm references' },
      { element: 'Query.directoryFirms', problem: 'is Page; the contract has Page!' },
      { element: 'Query.directoryFirms(first:)', problem: 'is String!; the contract passes Int!' },
      { element: 'Query.directoryFirms(after:)', problem: 'missing; the contract passes after: String' },
      { element: 'Query.directoryFirms(extra:)', problem: 'required argument the contract does not pass (Int!); make it nullable or give it a default' },
      { element: 'Query.directoryFirms', problem: 'not @shareable; every region serves this root field, so composition needs it shareable' },
      { element: 'Page', problem: 'not @shareable; every region serves this type, so composition needs it shareable' },
      { element: 'Page.rows', problem: 'is [String]; the contract has [String!]!' },
      { element: 'Page.totalCount', problem: 'missing; the contract has totalCount: Int' },
      { element: 'Filter.keyword', problem: 'is String!; the contract has String' },
    ]);
  });
});
