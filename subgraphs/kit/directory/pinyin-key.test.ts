import { describe, expect, it } from 'vitest';
import { nameSortKey } from './cursor';
import { PINYIN_KEY_LENGTH, pinyinSortKey } from './pinyin-key';

/** Names in pinyin-key order, ties as given. */
const byPinyin = (names: string[]) => [...names].sort((a, b) => (pinyinSortKey(a) < pinyinSortKey(b) ? -1 : pinyinSortKey(a) > pinyinSortKey(b) ? 1 : 0));

describe('pinyinSortKey', () => {
  it('writes each character as its syllable and tone plus one', () => {
    expect(pinyinSortKey('天津')).toBe('tian2jin2');
    expect(pinyinSortKey('绿色')).toBe('lv5se5');
    // A neutral tone is 1, below the first tone's 2.
    expect(pinyinSortKey('的')).toBe('de1');
  });

  it('reads a polyphonic character by the word it is in, as pinyin-pro does', () => {
    expect(pinyinSortKey('重庆')).toMatch(/^chong3qing5/);
    expect(pinyinSortKey('重要')).toMatch(/^zhong5/);
    expect(pinyinSortKey('中国银行')).toBe('zhong2guo3yin3hang3');
    expect(pinyinSortKey('长沙')).toMatch(/^chang3/);
    expect(pinyinSortKey('成长')).toBe('cheng3zhang4');
    expect(pinyinSortKey('行长')).toBe('hang3zhang4');
  });

  it('reads a firm name as words, not as a person whose first character is a surname', () => {
    // pinyin-pro's surname mode would read 宁波 as níng (the surname), 解放 as xiè and 银行 as yínxíng;
    // firm names start with a place, so the key uses its word reading.
    expect(pinyinSortKey('宁波银行')).toBe('ning3bo2yin3hang3');
    expect(pinyinSortKey('解放军')).toMatch(/^jie4/);
    // Where the word dictionary has no entry, a polyphonic surname keeps its common reading
    // (曾国藩 reads céng, not zēng): as far as the library goes, and no further.
    expect(pinyinSortKey('曾国藩')).toMatch(/^ceng3/);
  });

  it('orders names as a dictionary does, where code point order does not', () => {
    const names = ['中国银行', '阿里巴巴', '北京', '安徽', '西安', '先进', '爱康', '长沙', '重庆'];
    expect(byPinyin(names)).toEqual(['阿里巴巴', '爱康', '安徽', '北京', '长沙', '重庆', '西安', '先进', '中国银行']);
    const byCodePoint = [...names].sort((a, b) => (nameSortKey(a) < nameSortKey(b) ? -1 : 1));
    expect(byCodePoint).not.toEqual(byPinyin(names));
  });

  it('puts a syllable before the longer syllables it begins (xi an before xian), and a tone before a higher one', () => {
    expect(byPinyin(['先', '西安'])).toEqual(['西安', '先']);
    expect(byPinyin(['妈', '马', '骂', '麻'])).toEqual(['妈', '麻', '马', '骂']);
  });

  it('puts digits first, then each Latin letter before the syllables it begins', () => {
    expect(pinyinSortKey('ABB（中国）')).toBe('a0b0b0zhong2guo3');
    expect(pinyinSortKey('3M中国')).toBe('3m0zhong2guo3');
    expect(byPinyin(['阿里', 'ABB', '3M', 'Bosch', '百度'])).toEqual(['3M', 'ABB', '阿里', 'Bosch', '百度']);
    // Upper and lower case, full and half width read alike.
    expect(pinyinSortKey('ＡＢＢ')).toBe(pinyinSortKey('abb'));
  });

  it('ignores punctuation, symbols and spaces', () => {
    expect(pinyinSortKey('天津力神电池股份有限公司（天津）')).toBe(pinyinSortKey('天津力神电池股份有限公司天津'));
    expect(pinyinSortKey('中·国 ')).toBe(pinyinSortKey('中国'));
  });

  it('puts a character the library cannot read after every syllable, by code point', () => {
    expect(pinyinSortKey('𠮷野家')).toBe('zz020bb7ye4jia2');
    expect(byPinyin(['𠮷野家', '左'])).toEqual(['左', '𠮷野家']);
  });

  it('is ASCII letters and digits only, at most PINYIN_KEY_LENGTH long', () => {
    const long = '天津市滨海新区'.repeat(60);
    expect(pinyinSortKey(long)).toHaveLength(PINYIN_KEY_LENGTH);
    for (const name of ['天津力神电池股份有限公司（天津）', 'ABB（中国）', '𠮷野家', long]) expect(pinyinSortKey(name)).toMatch(/^[0-9a-z]*$/);
    expect(pinyinSortKey('')).toBe('');
  });
});
