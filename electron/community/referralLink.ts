import { eq } from 'drizzle-orm';
import { UserError } from '../api/errors';
import type { WriteScope } from '../api/types';
import { referralStakeholders, stakeholders } from '../db/schema';

/** Records which official in the stakeholders' register a referral went to, in the referral's own transaction. */
export function linkReferralStakeholder(w: WriteScope, referralId: number, stakeholderId: number): void {
  const official = w.db.select({ name: stakeholders.name }).from(stakeholders).where(eq(stakeholders.id, stakeholderId)).get();
  if (!official) throw new UserError('person_not_found', 'errors.community.personNotFound', {}, { field: 'stakeholderId' }, 404);
  w.db.insert(referralStakeholders).values({ referralId, stakeholderId }).run();
}
