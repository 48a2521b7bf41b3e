/** A community register's filter by when a thing was held and in which Gram Panchayat. */
export interface HeldFilter {
  from?: string;
  to?: string;
  gramPanchayat?: string;
}

/**
 * The filter as SQL over the register's own columns (`heldOn`, `gramPanchayat`: column expressions of the
 * query, never input), binding @from, @to and @gp; the GP matches as offices write it, in any case and spacing.
 */
export function heldWhereSql(heldOn: string, gramPanchayat: string): string {
  return `(@from IS NULL OR ${heldOn} >= @from) AND (@to IS NULL OR ${heldOn} <= @to)
    AND (@gp IS NULL OR lower(trim(${gramPanchayat})) = @gp)`;
}

/** The values heldWhereSql binds: null where the filter says nothing. */
export function heldParams(filter: HeldFilter): { from: string | null; to: string | null; gp: string | null } {
  return { from: filter.from ?? null, to: filter.to ?? null, gp: filter.gramPanchayat?.trim().toLowerCase() || null };
}
