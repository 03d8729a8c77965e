import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGELOG, RELEASED, checkBreakingChanges } from './breaking-changes';

const CURRENT = fs.readFileSync(path.join(__dirname, 'api-schema.graphql'), 'utf8');

describe('schema changes against the last release', () => {
  it('records every breaking change in schema/CHANGELOG.md under Unreleased', () => {
    const { unrecorded } = checkBreakingChanges(fs.readFileSync(RELEASED, 'utf8'), CURRENT, fs.readFileSync(CHANGELOG, 'utf8'));
    expect(unrecorded.map((c) => `${c.type}: ${c.description}`), 'add these lines to the Unreleased section of schema/CHANGELOG.md').toEqual([]);
  });

  // The check itself, on a small schema: a removed field is caught, and recording it lets it pass.
  const released = 'type Query { firms: [String!]! firm(uscc: ID!): String }';
  const current = 'type Query { firms: [String!]! firmCount(area: ID): Int }';

  it('catches a removed field that the changelog does not mention', () => {
    const { unrecorded } = checkBreakingChanges(released, current, '# Changelog\n\n## Unreleased\n\n## 0.1.0\n- Query.firm was removed.\n');
    expect(unrecorded.map((c) => c.description)).toEqual(['Query.firm was removed.']);
  });

  it('accepts it once the Unreleased section records it', () => {
    const { unrecorded, recorded } = checkBreakingChanges(released, current, '# Changelog\n\n## Unreleased\n- BREAKING FIELD_REMOVED: Query.firm was removed.\n\n## 0.1.0\n');
    expect(unrecorded).toEqual([]);
    expect(recorded).toHaveLength(1);
  });
});
