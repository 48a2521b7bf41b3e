import type { AuthedCtx } from '../../api/types';
import { ageOn } from '../../register/age';
import type { AnnexChild } from './pdf';

/** The children of the escalated cases by name, for the annex the DCPO asked for: read as they are today. */
export function annexChildren(ctx: AuthedCtx, caseIds: readonly number[]): AnnexChild[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT k.case_number AS caseNumber, c.child_code AS childCode, coalesce(c.name_en, c.name_bn, '') AS name, c.name_bn AS nameBn,
         c.sex, c.birth_basis AS birthBasis, c.date_of_birth AS dateOfBirth, c.age_years AS ageYears, c.age_as_of AS ageAsOf, j.key AS position
       FROM json_each(?) j JOIN cases k ON k.id = j.value JOIN case_children cc ON cc.case_id = k.id JOIN children c ON c.id = cc.child_id
       ORDER BY j.key, c.child_code`,
    )
    .all(JSON.stringify(caseIds)) as {
    caseNumber: string;
    childCode: string;
    name: string;
    nameBn: string | null;
    sex: 'female' | 'male' | 'other';
    birthBasis: 'dob' | 'age';
    dateOfBirth: string | null;
    ageYears: number | null;
    ageAsOf: string | null;
  }[];
  return rows.map((r) => ({
    caseNumber: r.caseNumber,
    childCode: r.childCode,
    name: r.nameBn && r.nameBn !== r.name ? `${r.name} (${r.nameBn})` : r.name,
    sex: r.sex,
    age: ageOn(r, ctx.today),
  }));
}
