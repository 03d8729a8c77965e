/** Loads a region's definition by name, for the command-line tools. */
import type { RegionDefinition } from '../region';

import { REGION_NAMES } from '../../../schema/contract/regions';

export { REGION_NAMES };

export function loadRegion(name: string): RegionDefinition {
  if (!(REGION_NAMES as readonly string[]).includes(name)) throw new Error(`unknown region "${name}"; one of ${REGION_NAMES.join(', ')}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(`../../${name}/src/region`) as Record<string, RegionDefinition>;
  return module[name]!;
}
