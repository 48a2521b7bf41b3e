import { admin } from './admin';
import { attendance } from './attendance';
import { cases } from './cases';
import { common } from './common';
import { errors } from './errors';
import { register } from './register';
import { sponsorship } from './sponsorship';
import { safetynet } from './safetynet';
import { community } from './community';
import { dashboard } from './dashboard';
import { auditFacts } from './auditFacts';
import { monthlyReport } from './monthlyReport';
import { conflicts } from './conflicts';
import { devices } from './devices';

/**
 * The English catalogue, one file per area. Its shape is the type every other language must
 * match (bn/index.ts), so a key missing in Bengali fails the type-check.
 */
export const en = {
  common,
  errors,
  admin,
  register,
  cases,
  attendance,
  sponsorship,
  safetynet,
  community,
  dashboard,
  auditFacts,
  monthlyReport,
  conflicts,
  devices,
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof en>;
export type AreaCatalogue<K extends keyof Catalogue> = Catalogue[K];

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A leaf's key as i18next takes it: `count_one` and `count_other` are both asked for as `count`. */
type Asked<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
/** Dotted paths of the string leaves; the catalogue is four levels deep at most. */
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? Asked<K> : `${K}.${Leaves<T[K]>}`;
}[keyof T & string];

/** Every message the app can show: the key of `UserError`, of field problems and of file problems. */
export type MessageKey = Leaves<typeof en>;
