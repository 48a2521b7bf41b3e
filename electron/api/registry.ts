import { adminApi } from '../admin/api';
import { attendanceApi } from '../attendance/api';
import { casesApi } from '../cases/api';
import { communityApi } from '../community/api';
import { dashboardApi } from '../dashboard/api';
import { devicesArea } from '../devices/api';
import { registerApi } from '../register/api';
import { reportsApi } from '../reports/api';
import { safetynetApi } from '../safetynet/api';
import { sponsorshipApi } from '../sponsorship/api';
import type { ApiArea } from './types';

/**
 * The one list of areas: each area lists its groups of methods (one file per method prefix), and
 * a new area is one line here. The same list is checked for duplicate names and merged.
 */
const areas = [
  ...adminApi,
  ...registerApi,
  ...attendanceApi,
  ...casesApi,
  ...sponsorshipApi,
  ...safetynetApi,
  ...communityApi,
  ...dashboardApi,
  ...reportsApi,
  ...devicesArea,
] as const;

type Merged<T extends readonly ApiArea[]> = T extends readonly [infer Head, ...infer Rest extends readonly ApiArea[]]
  ? Head & Merged<Rest>
  : unknown;

function merge<T extends readonly ApiArea[]>(list: T): Merged<T> {
  const all: ApiArea = {};
  for (const group of list) {
    for (const [name, def] of Object.entries(group)) {
      if (Object.hasOwn(all, name)) throw new Error(`API method ${name} is defined twice`);
      all[name] = def;
    }
  }
  return all as Merged<T>;
}

/** Every API method by name; both transports and the typed renderer client derive from this. */
export const registry = merge(areas);

export type Registry = typeof registry;
export type MethodName = keyof Registry & string;
