import { describe, expect, it } from 'vitest';
import { parseSoakOptions } from './options';

describe('soak options', () => {
  it('takes the minutes and the callers', () => {
    expect(parseSoakOptions(['--minutes', '3']).options).toEqual({ minutes: 3, connections: 8 });
    expect(parseSoakOptions(['--minutes', '0.5', '--connections', '4']).options).toEqual({ minutes: 0.5, connections: 4 });
  });

  it('is always bounded', () => {
    expect(parseSoakOptions([]).errors).toEqual(['--minutes is required']);
    expect(parseSoakOptions(['--minutes', '61', '--connections', '0', '--fast']).errors).toEqual([
      'unknown option --fast',
      '--minutes must be more than 0 and at most 60, got "61"',
      '--connections must be a whole number from 1 to 256, got "0"',
    ]);
  });
});
