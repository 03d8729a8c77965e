#!/usr/bin/env node
/**
 * `npm test`'s federation audit step: installs the audit's own dependencies (its package-lock.json,
 * from npm's cache when they are there: --prefer-offline) when they are missing or the lock changed,
 * then runs audit.ts with them. Arguments pass through (audit.ts says which).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const stamp = path.join(here, 'node_modules', '.coopgraph-lock-sha256');
const lock = createHash('sha256').update(fs.readFileSync(path.join(here, 'package-lock.json'))).digest('hex');
if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== lock) {
  console.log('federation audit: installing its dependencies (test/federation-audit/package-lock.json)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // No install scripts: tsx's esbuild binary comes as an ordinary package of the lock.
  execFileSync(npm, ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
  fs.writeFileSync(stamp, lock);
}
const tsx = path.join(here, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const run = spawnSync(process.execPath, [tsx, path.join(here, 'audit.ts'), ...process.argv.slice(2)], { cwd: here, stdio: 'inherit' });
process.exit(run.status ?? 1);
