import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from './compose';

// Needs `npm run build` first (npm test does it): each subgraph's SDL is printed by its compiled program.
describe('supergraph composition', () => {
  const result = composeSupergraph();

  it('composes the four subgraphs without errors', () => {
    expect(result.errors).toBeUndefined();
  });

  it('matches the checked-in files (run `npm run compose` after a schema change)', () => {
    for (const [file, content] of Object.entries(result.files ?? {})) {
      expect(fs.readFileSync(path.join(__dirname, file), 'utf8'), file).toBe(content);
    }
  });

  it('keeps the directory contract out of the public API', () => {
    const api = result.files!['api-schema.graphql']!;
    expect(api).not.toMatch(/\bdirectory(Firms|Projects|Aggregate|Scopes|FirmKeys|FirmsByUscc|ProjectsById)\(/);
    expect(api).not.toMatch(/type Directory/);
    expect(api).toMatch(/firms\(/);
  });
}, 60_000);
