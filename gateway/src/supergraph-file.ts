/**
 * The supergraph file, reloaded while the gateway runs: when the file changes (an editor's save, a
 * deploy's rename over it) or the process gets SIGHUP, the new supergraph is handed to
 * @apollo/gateway (its SupergraphManager `update`), which builds it before anything is swapped. A
 * supergraph that does not build keeps the previous one, and the log says why. Requests in flight
 * finish on the supergraph they started with: each holds its own runtime (executor/supergraph-runtime.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SupergraphManager } from '@apollo/gateway';
import type { Logger } from '../../subgraphs/kit/log';

export interface SupergraphFile extends SupergraphManager {
  /** The file's content as last loaded (before `prepare`). */
  current(): string;
  /** Reads the file again and loads it if it changed; what happened, for the log and tests. */
  reload(why: string): ReloadOutcome;
}

export type ReloadOutcome = { outcome: 'unchanged' | 'reloaded' } | { outcome: 'refused'; reason: string };

export interface SupergraphFileOptions {
  path: string;
  log: Logger;
  /** What the gateway does to the SDL before loading it (security features enforced). */
  prepare(sdl: string): string;
  /** Calm period after a change event: a save may come as several writes. */
  settleMs?: number;
}

const subgraphNames = (sdl: string) => [...sdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => m[1]);

export function supergraphFile(options: SupergraphFileOptions): SupergraphFile {
  const { log } = options;
  let loaded = fs.readFileSync(options.path, 'utf8');
  let update: ((sdl: string) => void) | undefined;

  const reload = (why: string): ReloadOutcome => {
    let next: string;
    try {
      next = fs.readFileSync(options.path, 'utf8');
    } catch (error) {
      const reason = `cannot read ${options.path}: ${(error as Error).message}`;
      log.error('supergraph reload refused; the previous supergraph stays', { why, reason });
      return { outcome: 'refused', reason };
    }
    if (next === loaded || !update) return { outcome: 'unchanged' };
    const previous = loaded;
    // Before the swap, so what reads `current()` per request (authorization rules) is never older than the schema.
    loaded = next;
    try {
      // Builds the new supergraph (schema, planner) and swaps it in, or throws and changes nothing.
      update(options.prepare(next));
    } catch (error) {
      loaded = previous;
      const reason = (error as Error).message;
      log.error('supergraph reload refused; the previous supergraph stays', { why, path: options.path, reason });
      return { outcome: 'refused', reason };
    }
    log.info('supergraph reloaded', { why, path: options.path, subgraphs: subgraphNames(next) });
    return { outcome: 'reloaded' };
  };

  return {
    current: () => loaded,
    reload,
    async initialize(hooks) {
      update = hooks.update;
      let timer: NodeJS.Timeout | undefined;
      const later = (why: string) => {
        clearTimeout(timer);
        timer = setTimeout(() => reload(why), options.settleMs ?? 200);
      };
      // The directory, not the file: a deploy that renames a new file over the old one replaces the inode a file watch would hold.
      const watcher = fs.watch(path.dirname(options.path), (_event, name) => {
        if (name === path.basename(options.path)) later('file changed');
      });
      watcher.unref();
      const onSignal = () => later('SIGHUP');
      process.on('SIGHUP', onSignal);
      return {
        supergraphSdl: options.prepare(loaded),
        async cleanup() {
          clearTimeout(timer);
          watcher.close();
          process.off('SIGHUP', onSignal);
          update = undefined;
        },
      };
    },
  };
}
