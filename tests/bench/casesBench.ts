import { performance } from 'node:perf_hooks';
import { caseOutcomes, caseTypes, entryKinds } from '../../electron/shared/caseVocabulary';
import type { Host } from '../../electron/host/host';
import { median, timedCalls, type BenchRow } from './benchKit';

const caseCount = 5_000;
const entryCount = 60_000;

/**
 * Adds 5,000 cases with 60,000 timeline entries to the block register (once; they stay in the
 * cached database): 20 case workers, one case in ten with 50 entries, the rest with fewer.
 */
export function seedCases(host: Host, random: () => number): { ms: number; seeded: boolean } {
  const { sqlite } = host.database;
  const existing = (sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  if (existing >= caseCount) return { ms: 0, seeded: false };
  const started = performance.now();
  const now = new Date().toISOString();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const insertUser = sqlite.prepare(
    "INSERT INTO users (username, full_name, role, password_hash, created_at, updated_at) VALUES (?, ?, 'case_worker', 'scrypt$none', ?, ?)",
  );
  const insertCase = sqlite.prepare(
    `INSERT INTO cases (case_number, status, reporter_kind, reported_on, summary, village, gram_panchayat, risk_level, risk_reason,
       outcome, closed_on, created_by, created_at, updated_at) VALUES (?, ?, 'volunteer', ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertType = sqlite.prepare('INSERT INTO case_types (case_id, type) VALUES (?, ?)');
  const insertChild = sqlite.prepare('INSERT INTO case_children (case_id, child_id) VALUES (?, ?)');
  const insertWorker = sqlite.prepare('INSERT INTO case_workers (case_id, user_id) VALUES (?, ?)');
  const insertEntry = sqlite.prepare(
    'INSERT INTO case_entries (case_id, happened_on, kind, text, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertAction = sqlite.prepare(
    'INSERT INTO case_actions (case_id, description, due_on, owner_id, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  sqlite.transaction(() => {
    const workers: number[] = [];
    for (let w = 1; w <= 20; w++) workers.push(Number(insertUser.run(`worker${w}`, `Case Worker ${w}`, now, now).lastInsertRowid));
    let entries = 0;
    const smallCases = caseCount - caseCount / 10;
    const smallBase = Math.floor((entryCount - (caseCount / 10) * 50) / smallCases);
    const smallExtra = entryCount - (caseCount / 10) * 50 - smallBase * smallCases;
    for (let c = 1; c <= caseCount; c++) {
      const year = 2024 + Math.floor(random() * 3);
      const reported = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      const closed = random() < 0.6;
      const caseId = Number(
        insertCase.run(
          `BNC/${year}/${String(c).padStart(4, '0')}`,
          closed ? 'closed' : 'open',
          reported,
          'Reported by a volunteer',
          'Taki',
          'Taki',
          pick(['low', 'medium', 'high', 'critical']),
          'Volunteer report',
          closed ? pick(caseOutcomes) : null,
          closed ? reported : null,
          now,
          now,
        ).lastInsertRowid,
      );
      insertType.run(caseId, pick(caseTypes));
      insertChild.run(caseId, 1 + Math.floor(random() * 60_000));
      const worker = pick(workers);
      insertWorker.run(caseId, worker);
      // One case in ten has 50 entries; the other 4,500 share the remaining 35,000 (7 or 8 each).
      const small = c - Math.floor(c / 10);
      const many = c % 10 === 0 ? 50 : small <= smallExtra ? smallBase + 1 : smallBase;
      for (let e = 0; e < many && entries < entryCount; e++, entries++)
        insertEntry.run(caseId, reported, pick(entryKinds), 'Home visit: family met, girl at home, school informed.', worker, now);
      if (!closed)
        insertAction.run(caseId, 'Follow-up visit', `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`, worker, now);
    }
  })();
  return { ms: performance.now() - started, seeded: true };
}

export async function caseLatency(host: Host, workerToken: string, adminToken: string): Promise<BenchRow[]> {
  const { sqlite } = host.database;
  const bigCase = sqlite.prepare('SELECT case_id AS id FROM case_entries GROUP BY case_id HAVING count(*) = 50 LIMIT 1').get() as {
    id: number;
  };
  const myCases = await timedCalls(host, workerToken, 'cases.list', { mine: true, status: 'open' }, 30);
  const openCase = await timedCalls(host, adminToken, 'cases.get', { id: bigCase.id }, 30);
  const summary = await timedCalls(host, adminToken, 'cases.outcomeSummary', { from: '2025-01-01', to: '2025-12-31' }, 30);
  return [
    {
      operation: 'cases.list "my cases" (p50)',
      time: `${median(myCases).toFixed(1)} ms`,
      throughput: '',
      note: `one of 20 workers, ${caseCount.toLocaleString('en-IN')} cases`,
    },
    {
      operation: 'cases.get, a case with 50 entries (p50)',
      time: `${median(openCase).toFixed(1)} ms`,
      throughput: '',
      note: 'median of 30 reads by one user: the first writes the audit entry, re-reads within 10 min do not',
    },
    {
      operation: 'cases.outcomeSummary for a year (p50)',
      time: `${median(summary).toFixed(1)} ms`,
      throughput: '',
      note: `${entryCount.toLocaleString('en-IN')} timeline entries in the database`,
    },
  ];
}
