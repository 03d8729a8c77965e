import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { makeExportsPlain } from './plain-exports';

/** A package `lib` re-exporting its part as TypeScript's __exportStar does, and a package `app` requiring it. */
function fixture(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plain-exports-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('node_modules/lib/package.json', '{"name":"lib","main":"index.js"}');
  write('node_modules/lib/part.js', 'exports.isList = (t) => Array.isArray(t); exports.Kind = {}; exports.Kind.LIST = "list";');
  write(
    'node_modules/lib/index.js',
    `Object.defineProperty(exports, '__esModule', { value: true });
     const part = require('./part');
     for (const k in part) Object.defineProperty(exports, k, { enumerable: true, get: () => part[k] });
     exports.own = 1;`,
  );
  write('node_modules/app/package.json', '{"name":"app","main":"index.js"}');
  write('node_modules/app/index.js', `const lib = require('lib'); exports.lib = lib; exports.listed = (t) => lib.isList(t);`);
  return root;
}

describe('makeExportsPlain', () => {
  it('gives the consumer the same values as plain properties', () => {
    const root = fixture();
    const req = createRequire(path.join(root, 'index.js'));
    const before = req('lib');
    const from = path.join(root, 'node_modules/app/index.js');
    expect(makeExportsPlain('lib', from)).toEqual({ flattened: 2 });
    const app = req('app');
    expect(app.lib).not.toBe(before);
    for (const key of ['isList', 'Kind', 'own']) {
      expect(Object.getOwnPropertyDescriptor(app.lib, key)).toMatchObject({ value: before[key], writable: true });
    }
    expect(app.lib.__esModule).toBe(true);
    expect(app.listed([1])).toBe(true);
  });

  it('does nothing once the consumer is loaded: it would keep the getters', () => {
    const root = fixture();
    const from = path.join(root, 'node_modules/app/index.js');
    const app = createRequire(path.join(root, 'index.js'))('app');
    expect(makeExportsPlain('lib', from)).toEqual({ skipped: `${from} was loaded first` });
    expect(Object.getOwnPropertyDescriptor(app.lib, 'isList')?.get).toBeTypeOf('function');
  });
});

describe('the gateway', () => {
  it('loads @apollo/gateway after @apollo/federation-internals is made plain', async () => {
    // This file runs in its own process (vitest's forks pool), so nothing loaded @apollo/gateway before.
    await import('./server');
    const { plainFederationInternals } = await import('./plain-federation-internals');
    expect(plainFederationInternals.flattened).toBeGreaterThan(100);
    const internals = createRequire(require.resolve('@apollo/gateway'))('@apollo/federation-internals');
    expect(Object.getOwnPropertyDescriptor(internals, 'isNonNullType')?.get).toBeUndefined();
  });
});
