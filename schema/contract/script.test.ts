import { describe, expect, it } from 'vitest';
import { searchForm, stripPinyinGlosses, toSimplified } from './script';

describe('script handling', () => {
  it('converts the reports\' Traditional names to Simplified', () => {
    expect(toSimplified('天津力神電池股份有限公司')).toBe('天津力神电池股份有限公司');
    expect(toSimplified('天臺')).toBe('天台');
  });

  it('leaves no particle 著 or variant character a reader of Simplified text would stumble on', () => {
    expect(toSimplified('對初來乍到的企業,聯盟意味著信任和便捷')).toBe('对初来乍到的企业,联盟意味着信任和便捷');
    expect(toSimplified('一批高品質項目紛至遝來')).toBe('一批高品质项目纷至沓来');
    expect(toSimplified('11層的共亯會客廳')).toBe('11层的共享会客厅');
    expect(toSimplified('取得顯著成效')).toBe('取得显著成效');
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
