import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATEWAY_HEAP_MB, gatewayHeapMb, gatewayNodeArgs, runsWithHeapBudget } from './heap-budget';

const MB = 1024 * 1024;

/** runsWithHeapBudget as a node started with these options sees itself. */
function seenBy(nodeArgs: string[], budgetMb: number): boolean {
  const script = `const { runsWithHeapBudget } = require(${JSON.stringify(path.join(__dirname, 'heap-budget.ts'))}); process.stdout.write(String(runsWithHeapBudget(${budgetMb})))`;
  return execFileSync(process.execPath, [...nodeArgs, '--require', 'tsx/cjs', '-e', script], { encoding: 'utf8' }) === 'true';
}

describe('the gateway heap budget', () => {
  it('is 512 MB unless GATEWAY_HEAP_MB says otherwise, and refuses what cannot hold the gateway', () => {
    expect(gatewayHeapMb({})).toEqual({ mb: DEFAULT_GATEWAY_HEAP_MB });
    expect(gatewayHeapMb({ GATEWAY_HEAP_MB: '1024' })).toEqual({ mb: 1024 });
    expect(gatewayHeapMb({ GATEWAY_HEAP_MB: '100' }).error).toBe('GATEWAY_HEAP_MB must be a whole number of MB from 192 to 65536, got "100"');
    expect(gatewayHeapMb({ GATEWAY_HEAP_MB: '1.5' }).error).toMatch(/^GATEWAY_HEAP_MB must be a whole number/);
  });

  it('is what the launchers pass to node; nothing for a bad value, which the config check then names', () => {
    expect(gatewayNodeArgs({})).toEqual(['--max-old-space-size=512']);
    expect(gatewayNodeArgs({ GATEWAY_HEAP_MB: '768' })).toEqual(['--max-old-space-size=768']);
    expect(gatewayNodeArgs({ GATEWAY_HEAP_MB: 'lots' })).toEqual([]);
  });

  it('tells a heap limit of the budget plus the young generation from one V8 chose itself', () => {
    expect(runsWithHeapBudget(512, 560 * MB)).toBe(true);
    expect(runsWithHeapBudget(512, 4144 * MB)).toBe(false);
    expect(runsWithHeapBudget(512, 304 * MB)).toBe(false);
  });

  it('holds in a real node: started with the launchers\' options it runs with its budget, started bare it does not', () => {
    expect(seenBy(gatewayNodeArgs({}), 512)).toBe(true);
    expect(seenBy(gatewayNodeArgs({ GATEWAY_HEAP_MB: '1024' }), 1024)).toBe(true);
    expect(seenBy([], 512)).toBe(false);
  });
});
