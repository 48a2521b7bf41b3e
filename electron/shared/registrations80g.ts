/** What a receipt needs from the organisation before it may say the donation is deductible under 80G. */
export const registrations80g = ['pan', 'urn80g', 'address'] as const;
export type Registration80g = (typeof registrations80g)[number];

/**
 * The organisation's details an 80G receipt cannot go without: its PAN, its 80G registration (URN)
 * and its address (Rule 18AB of the Income-tax Rules). Empty when all are there.
 */
export function missing80gDetails(office: { pan?: string | null; urn80g?: string | null; address?: string | null }): Registration80g[] {
  return registrations80g.filter((key) => !office[key]?.trim());
}
