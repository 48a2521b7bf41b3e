import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Database from 'better-sqlite3';
import { verifyBackupFile } from '../../electron/admin/backup';

export interface Findings {
  integrity: string;
  ledger: string;
  gapless: string;
  imports: string;
  backups: string;
  orphans: string;
}

const ok = 'ok';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Numbers like PV/2026-27/00007: per series, 1..n with none missing or repeated. */
function gaps(numbers: string[], series: (n: string) => [string, number] | null): string[] {
  const bySeries = new Map<string, number[]>();
  for (const n of numbers) {
    const parsed = series(n);
    if (!parsed) return [`unreadable ${n}`];
    bySeries.set(parsed[0], [...(bySeries.get(parsed[0]) ?? []), parsed[1]]);
  }
  const problems: string[] = [];
  for (const [name, list] of bySeries) {
    const sorted = [...list].sort((a, b) => a - b);
    sorted.forEach((v, i) => {
      if (v !== i + 1) problems.push(`${name} #${i + 1} is ${v}`);
    });
  }
  return problems.slice(0, 3);
}

/**
 * What a user would check after a power cut, read straight from the data folder (the database
 * through a second, read-only connection, as WAL allows while the host runs).
 */
export function inspectDataFolder(dataDir: string, listedBackups: string[]): Findings {
  const db = new Database(join(dataDir, 'suraksha.sqlite'), { readonly: true });
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const total = (db.prepare('SELECT coalesce(sum(amount_paise), 0) AS s FROM posting_lines').get() as { s: number }).s;
    const unbalanced = (
      db
        .prepare('SELECT count(*) AS n FROM (SELECT posting_id FROM posting_lines GROUP BY posting_id HAVING sum(amount_paise) != 0)')
        .get() as {
        n: number;
      }
    ).n;
    const lineless = (
      db
        .prepare('SELECT count(*) AS n FROM postings p WHERE NOT EXISTS (SELECT 1 FROM posting_lines l WHERE l.posting_id = p.id)')
        .get() as { n: number }
    ).n;
    const ledger =
      total === 0 && unbalanced === 0 && lineless === 0 ? ok : `sum ${total}, ${unbalanced} unbalanced, ${lineless} without lines`;

    const vouchers = (db.prepare('SELECT voucher_no AS v FROM postings WHERE voucher_no IS NOT NULL').all() as { v: string }[]).map(
      (r) => r.v,
    );
    const codes = (db.prepare('SELECT child_code AS c FROM children').all() as { c: string }[]).map((r) => r.c);
    const gapList = [
      ...gaps(vouchers, (v) => {
        const m = /^(PV\/\d{4}-\d{2})\/(\d+)$/.exec(v);
        return m?.[1] && m[2] ? [m[1], Number(m[2])] : null;
      }),
      ...gaps(codes, (c) => {
        const m = /^([A-Z]+-C)(\d+)$/.exec(c);
        return m?.[1] && m[2] ? [m[1], Number(m[2])] : null;
      }),
    ];

    const halfImported = db
      .prepare(
        `SELECT i.file_name AS f, i.children_count AS expected, (SELECT count(*) FROM attendance_months m WHERE m.import_id = i.id) AS found
           FROM attendance_imports i
          WHERE i.id = (SELECT max(n.id) FROM attendance_imports n WHERE n.school_id = i.school_id AND n.month = i.month)
            AND i.children_count != (SELECT count(*) FROM attendance_months m WHERE m.import_id = i.id)`,
      )
      .all() as { f: string; expected: number; found: number }[];

    const referenced = new Set<string>([
      ...(db.prepare('SELECT stored_path AS p FROM case_attachments').all() as { p: string }[]).map((r) => r.p),
      ...(db.prepare('SELECT attachment AS a FROM postings WHERE attachment IS NOT NULL').all() as { a: string }[]).map(
        (r) => (JSON.parse(r.a) as { storedPath: string }).storedPath,
      ),
    ]);
    const onDisk = filesUnder(join(dataDir, 'attachments')).map((f) => relative(dataDir, f).split(sep).join('/'));
    const orphans = onDisk.filter((f) => !referenced.has(f) && !referenced.has(f.split('/').join(sep)));
    const missing = [...referenced].filter((p) => !existsSync(join(dataDir, p)));
    const leftovers = filesUnder(join(dataDir, 'tmp'));

    const broken = listedBackups.filter((p) => !verifyBackupFile(p));
    const pen = join(dataDir, '..', 'pen-drive');
    const penBroken = existsSync(pen) ? readdirSync(pen).filter((n) => n.endsWith('.sqlite') && !verifyBackupFile(join(pen, n))) : [];
    const zeroByte = listedBackups.filter((p) => statSync(p).size === 0);

    return {
      integrity,
      ledger,
      gapless: gapList.length === 0 ? ok : gapList.join('; '),
      imports: halfImported.length === 0 ? ok : halfImported.map((h) => `${h.f} ${h.found}/${h.expected}`).join('; '),
      backups: broken.length + penBroken.length + zeroByte.length === 0 ? ok : `broken: ${[...broken, ...penBroken].join(', ')}`,
      orphans:
        orphans.length + missing.length + leftovers.length === 0
          ? ok
          : `${orphans.length} orphan, ${missing.length} missing, ${leftovers.length} left in tmp/ (${[...orphans, ...missing, ...leftovers].slice(0, 2).join(', ')})`,
    };
  } finally {
    db.close();
  }
}

export function allOk(f: Findings): boolean {
  return Object.values(f).every((v) => v === ok);
}
