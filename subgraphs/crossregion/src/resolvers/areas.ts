/** Query.adminArea: GB/T 2260 areas from schema/contract/areas.ts. */
import { Arg, ID, Query, Resolver } from 'type-graphql';
import { AdminArea, adminArea } from '../types/area';
import { validArea } from '../validate';

@Resolver()
export class AreasResolver {
  @Query(() => AdminArea, { nullable: true, description: '行政区划 — a province, city or county by GB/T 2260 code.' })
  adminArea(@Arg('code', () => ID, { description: '行政区划代码 — six digits, e.g. 120116.' }) code: string): AdminArea | null {
    return adminArea(validArea(code, 'code'));
  }
}
