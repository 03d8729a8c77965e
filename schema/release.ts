/**
 * `npm run schema:release -- <version>`: makes the current API schema the released one and turns the
 * changelog's "Unreleased" section into the version's section.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CHANGELOG, RELEASED } from './breaking-changes';

const version = process.argv[2];
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
  process.stderr.write('usage: npm run schema:release -- <major.minor.patch>\n');
  process.exit(2);
}
const current = fs.readFileSync(path.join(path.dirname(RELEASED), '../api-schema.graphql'), 'utf8');
fs.mkdirSync(path.dirname(RELEASED), { recursive: true });
fs.writeFileSync(RELEASED, current);
const changelog = fs.readFileSync(CHANGELOG, 'utf8');
const date = new Date().toISOString().slice(0, 10);
fs.writeFileSync(CHANGELOG, changelog.replace(/^## Unreleased\s*$/m, `## Unreleased\n\n## ${version} — ${date}`));
process.stdout.write(`released API schema ${version}\n`);
