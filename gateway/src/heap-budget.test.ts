import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATEWAY_HEAP_MB, gatewayHeapMb, gatewayNodeArgs, heapBudgetGiven } from './heap-budget';

/** What a node started with these options says of itself: the budget it was given, and V8's heap limit in MB. */
function startedWith(nodeArgs: string[], env: NodeJS.ProcessEnv = {}): { given: number | null; limitMb: number } {
  const script = `const { heapBudgetGiven } = require(${JSON.stringify(path.join(__dirname, 'heap-budget.ts'))});
    process.stdout.write(JSON.stringify({ given: heapBudgetGiven() ?? null, limitMb: require('node:v8').getHeapStatistics().heap_size_limit / 1048576 }))`;
  const output = execFileSync(process.execPath, [...nodeArgs, '--require', 'tsx/cjs', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env } });
  return JSON.parse(output) as { given: number | null; limitMb: number };
}

describe('the gateway heap budget', () => {
  it('is 512 MB unless GATEWAY_HEAP_MB says otherwise, and refuses what cannot hold the gateway', () => {
    expect(gatewayHeapMb({})).toEqual({ mb: DEFAULT_GATEWAY_HEAP_MB });
    expect(gatewayHeapMb({ GATEWAY_HEAP_MB: '1024' })).toEqual({ mb: 1024 });
    expect(gatewayHeapMb({ GATEWAY_HEAP_MB: '100' }).error).toBe('GATEWAY_HEAP_MB must be a whole number of MB from 192 to 65536, got "100"');
    expect(gatewayHeapMb({ GATEWAY_HEAP_MB: '1.5' }).error).toMatch(/^GATEWAY_HEAP_MB must be a whole number/);
  });

  it('is what the launchers pass to node; nothing for a bad value, which the config check then names', () => {
    expect(gatewayNodeArgs({})).toEqual(['--max-old-space-size=512', '--max-semi-space-size=16']);
    expect(gatewayNodeArgs({ GATEWAY_HEAP_MB: '768' })).toEqual(['--max-old-space-size=768', '--max-semi-space-size=16']);
    expect(gatewayNodeArgs({ GATEWAY_HEAP_MB: 'lots' })).toEqual([]);
  });

  it('reads the budget node was given as node does: NODE_OPTIONS first, its own options last', () => {
    expect(heapBudgetGiven([], undefined)).toBeUndefined();
    expect(heapBudgetGiven(['--cpu-prof'], '--enable-source-maps')).toBeUndefined();
    expect(heapBudgetGiven(['--max-old-space-size=512'], undefined)).toBe(512);
    expect(heapBudgetGiven([], '--enable-source-maps --max_old_space_size=768')).toBe(768);
    expect(heapBudgetGiven(['--max-old-space-size=512'], '--max-old-space-size=768')).toBe(512);
    expect(heapBudgetGiven(['--max-old-space-size', '1024'], undefined)).toBe(1024);
  });

  it('holds in a real node: given the launchers\' options, V8 takes the budget and the gateway sees it', () => {
    const bare = startedWith([]);
    const budgeted = startedWith(gatewayNodeArgs({}));
    expect(bare.given).toBeNull();
    expect(budgeted.given).toBe(512);
    // V8's limit is the old space plus the young generation: three 16 MB semi-spaces, on every Node version.
    expect(budgeted.limitMb).toBe(512 + 3 * 16);
    expect(budgeted.limitMb).toBeLessThan(bare.limitMb);
    expect(startedWith([], { NODE_OPTIONS: '--max-old-space-size=1024' }).given).toBe(1024);
  });
});
