import { describe, expect, it } from 'vitest';
import { areaDistance, areaFullName, areaLineage, findArea, isWithin } from './areas';

describe('GB/T 2260 areas', () => {
  it('names counties, cities and provinces from the dataset package', () => {
    expect(findArea('331023')).toMatchObject({ name: '天台县', level: 'COUNTY', parentCode: '331000' });
    expect(findArea('331000')).toMatchObject({ name: '台州市', level: 'CITY', parentCode: '330000' });
    expect(findArea('330000')).toMatchObject({ name: '浙江省', level: 'PROVINCE', parentCode: null });
    expect(findArea('999999')).toBeUndefined();
  });

  it('walks up the tree', () => {
    expect(areaLineage('120116').map((a) => a.code)).toEqual(['120116', '120100', '120000']);
    expect(areaFullName('120116')).toBe('天津市滨海新区');
  });

  it('matches everything below an area at any level', () => {
    expect(isWithin('331023', '330000')).toBe(true);
    expect(isWithin('331023', '331000')).toBe(true);
    expect(isWithin('331023', '331023')).toBe(true);
    expect(isWithin('331023', '330100')).toBe(false);
    expect(isWithin('120116', '330000')).toBe(false);
  });

  it('measures distance through the closest common ancestor', () => {
    expect(areaDistance('120116', '120116')).toBe(0);
    expect(areaDistance('120116', '120111')).toBe(2);
    expect(areaDistance('331023', '330483')).toBe(4);
    expect(areaDistance('120116', '330483')).toBe(6);
  });
});
