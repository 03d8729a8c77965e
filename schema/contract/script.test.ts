import { describe, expect, it } from 'vitest';
import { searchForm, stripPinyinGlosses, toSimplified } from './script';

describe('script handling', () => {
  it('converts the reports\' Traditional names to Simplified', () => {
    expect(toSimplified('天津力神電池股份有限公司')).toBe('天津力神电池股份有限公司');
    expect(toSimplified('天臺')).toBe('天台');
  });

  it('removes pinyin glosses glued after characters', () => {
    expect(stripPinyinGlosses('雙碳產(chǎn)業(yè)聯(lián)盟')).toBe('雙碳產業聯盟');
    expect(stripPinyinGlosses('經(jīng)開(kāi)區(qū)')).toBe('經開區');
  });

  it('keeps ordinary bracketed latin such as a brand name', () => {
    expect(stripPinyinGlosses('普天新能源(天津)有限公司 (ABC Holdings)')).toBe('普天新能源(天津)有限公司 (ABC Holdings)');
  });

  it('compares names whichever script the user types', () => {
    expect(searchForm('天津力神電池')).toBe(searchForm('天津力神电池'));
    expect(searchForm('普天新能源（天津）')).toBe('普天新能源(天津)');
  });
});
