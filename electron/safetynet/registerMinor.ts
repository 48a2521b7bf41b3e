import { children } from '../db/schema';
import { nameKeyOf } from '../register/nameKey';
import { takeChildCode } from '../register/childCode';
import type { WriteScope } from '../api/types';
import type { departureRow } from './departureInput';

type Row = ReturnType<typeof departureRow>;

const bengaliScript = /[\u0980-\u09FF]/;

/**
 * A minor reported leaving who is not yet in the children's register is added to it on the spot, so
 * the child has a code for every paper that leaves the office (JJ Act s.74) and the worklist and
 * cases know of them. Returns the new child's id and code.
 */
export function registerMinor(w: WriteScope, row: Row, createdBy: number, at: string): { id: number; childCode: string } {
  const bengali = bengaliScript.test(row.name);
  const created = w.db
    .insert(children)
    .values({
      childCode: takeChildCode(w.sqlite),
      nameEn: bengali ? null : row.name,
      nameBn: bengali ? row.name : null,
      nameKey: nameKeyOf(row.name),
      sex: row.sex,
      birthBasis: row.birthBasis === 'dob' ? 'dob' : 'age',
      dateOfBirth: row.birthBasis === 'dob' ? row.dateOfBirth : null,
      ageYears: row.birthBasis === 'age' ? row.ageYears : null,
      // The reported age is the age on the day they left.
      ageAsOf: row.birthBasis === 'age' ? row.leftOn : null,
      guardianName: row.guardianName,
      guardianRelation: row.guardianRelation,
      village: row.village,
      gramPanchayat: row.gramPanchayat,
      createdBy,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: children.id, childCode: children.childCode })
    .get();
  w.audit({
    action: 'children.create',
    entity: 'children',
    entityId: created.id,
    summary: `${created.childCode}, added from a departure`,
    facts: { ref: created.childCode, variant: 'fromDeparture' },
  });
  return created;
}
