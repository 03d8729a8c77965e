import { describe, expect, it } from 'vitest';
import { kindLabel, stageOf, yuanText } from './format';

describe('the board\'s wording', () => {
  it('writes yuan in 亿元 and 万元 as people do', () => {
    expect(yuanText(1_500_000_000)).toBe('15 亿元');
    expect(yuanText(123_456_789)).toBe('1.23 亿元');
    expect(yuanText(50_000_000)).toBe('5000 万元');
    expect(yuanText(8_500)).toBe('8500 元');
  });

  it('places a stage on the progress line, and shows an unknown one as it is', () => {
    expect(stageOf('PLANNED')).toEqual({ index: 0, label: '谋划' });
    expect(stageOf('SIGNED')).toEqual({ index: 3, label: '签约' });
    expect(stageOf('PAUSED')).toEqual({ index: -1, label: 'PAUSED' });
    expect(kindLabel('production-base')).toBe('生产基地');
    expect(kindLabel('new-kind')).toBe('new-kind');
  });
});
