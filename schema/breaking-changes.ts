/**
 * Schema change control: the composed API schema is compared with the last released one
 * (schema/released/api-schema.graphql). Every breaking change must be recorded in the "Unreleased"
 * section of schema/CHANGELOG.md, by the description graphql-js gives it, before it may land.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges, type BreakingChange } from 'graphql';

export const RELEASED = path.join(__dirname.includes(`${path.sep}dist${path.sep}`) ? path.join(__dirname, '../../schema') : __dirname, 'released/api-schema.graphql');
export const CHANGELOG = path.join(path.dirname(RELEASED), '../CHANGELOG.md');

export function breakingChanges(released: string, current: string): BreakingChange[] {
  return findBreakingChanges(buildSchema(released), buildSchema(current));
}

/** The "## Unreleased" section of the changelog, up to the next "## " heading. */
export function unreleasedNotes(changelog: string): string {
  const match = /^## Unreleased\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog);
  return match?.[1] ?? '';
}

export type ChangeCheck = { unrecorded: BreakingChange[]; recorded: BreakingChange[] };

export function checkBreakingChanges(released: string, current: string, changelog: string): ChangeCheck {
  const notes = unreleasedNotes(changelog);
  const changes = breakingChanges(released, current);
  return {
    recorded: changes.filter((c) => notes.includes(c.description)),
    unrecorded: changes.filter((c) => !notes.includes(c.description)),
  };
}
