import { describe, expect, it } from 'vitest';
import { explodeAt, valuesAt } from './row-path';

const firm = {
  name: '宇恒电池',
  area: { fullName: '浙江省丽水市遂昌县' },
  presence: [
    { region: 'ZHEJIANG', area: { fullName: '浙江省丽水市遂昌县' } },
    { region: 'TIANJIN', area: null },
  ],
  chains: [],
};

describe('paths into a result', () => {
  it('reads a nested object as one value', () => {
    expect(valuesAt(firm, ['area', 'fullName'])).toEqual({ values: ['浙江省丽水市遂昌县'], crossedList: false });
  });

  it('reads through a list as every element\'s value, skipping nulls', () => {
    expect(valuesAt(firm, ['presence', 'region'])).toEqual({ values: ['ZHEJIANG', 'TIANJIN'], crossedList: true });
    expect(valuesAt(firm, ['presence', 'area', 'fullName'])).toEqual({ values: ['浙江省丽水市遂昌县'], crossedList: true });
  });

  it('knows an empty list is a list, and a missing field is nothing', () => {
    expect(valuesAt(firm, ['chains', 'code'])).toEqual({ values: [], crossedList: true });
    expect(valuesAt(firm, ['parent', 'name'])).toEqual({ values: [], crossedList: false });
  });

  it('explodes a list into one copy per element, dropping objects without any', () => {
    const zones = [
      { name: '合肥高新区', channel: { posts: [{ key: 'a' }, { key: 'b' }] } },
      { name: '南京高新区', channel: { posts: [] } },
      { name: '武汉东湖高新区', channel: null },
    ];
    const rows = zones.flatMap((z) => explodeAt(z, ['channel', 'posts']));
    expect(rows).toEqual([
      { name: '合肥高新区', channel: { posts: { key: 'a' } } },
      { name: '合肥高新区', channel: { posts: { key: 'b' } } },
    ]);
  });
});
