import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from './options';

describe('bench options', () => {
  it('defaults to every gateway and workload on 100,000 firms', () => {
    const parsed = parseBenchOptions([]);
    expect(parsed.errors).toBeUndefined();
    expect(parsed.options).toMatchObject({ firms: 100_000, seed: 1, duration: 10, warmup: 3, connections: 10, gateways: ['a', 'b', 'c', 'd'], rounds: 1, save: true });
  });

  it('reads values given as --name value and --name=value, lists in their own order', () => {
    const parsed = parseBenchOptions(['--firms', '1_000_000', '--workloads=W5,W1', '--gateways', 'b,a', '--rounds', '2', '--no-save']);
    expect(parsed.options).toMatchObject({ firms: 1_000_000, workloads: ['W1', 'W5'], gateways: ['a', 'b'], rounds: 2, save: false });
  });

  it('refuses what it cannot run, naming each mistake', () => {
    const parsed = parseBenchOptions(['--firms', '2000000', '--gateways', 'a,x', '--speed', '3', 'extra']);
    expect(parsed.errors).toEqual([
      'unexpected argument "extra"',
      'unknown option --speed',
      '--firms must be a whole number from 100 to 1000000, got "2000000"',
      '--gateways: unknown x (one of a, b, c, d)',
      '--gateways must include b when the run is saved: every figure is a ratio to it (or add --no-save)',
    ]);
  });

  it('lets a run without the baseline through only when it is not saved', () => {
    expect(parseBenchOptions(['--gateways', 'a']).errors).toHaveLength(1);
    expect(parseBenchOptions(['--gateways', 'a', '--no-save']).errors).toBeUndefined();
  });
});
