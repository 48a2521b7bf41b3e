import type { Sqlite } from '../db/connection';

/**
 * Child codes stand in for names in reports (JJ Act s.74): the office code and a sequence, never
 * reused. One counter for the register's form and for an import's new children; call it inside the
 * write transaction that inserts the children, so a rolled-back write gives its numbers back.
 */
export function takeChildCodes(sqlite: Sqlite, count: number): string[] {
  if (count === 0) return [];
  const officeCode =
    (sqlite.prepare('SELECT office_code AS code FROM office LIMIT 1').get() as { code: string } | undefined)?.code ?? 'SUR';
  const { value } = sqlite
    .prepare(
      "INSERT INTO counters (name, value) VALUES ('child_code', ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value RETURNING value",
    )
    .get(count) as { value: number };
  return Array.from({ length: count }, (_, i) => `${officeCode}-C${String(value - count + 1 + i).padStart(5, '0')}`);
}

export function takeChildCode(sqlite: Sqlite): string {
  const [code] = takeChildCodes(sqlite, 1);
  if (code === undefined) throw new Error('no child code taken');
  return code;
}
