/**
 * The sponsorship ledger at programme scale: 1,000 sponsored children, 600 sponsors and five years of
 * monthly dues, receipts and disbursements (about 156,000 postings), built once per run with prepared
 * statements in one transaction, then timed through dispatch as the coordinator would use it.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { dispatch } from '../../electron/api/dispatch';
import { Host } from '../../electron/host/host';
import { sponsorStatementData } from '../../electron/sponsorship/statementData';
import type { BenchRow } from './casesBench';
import { benchToday, seedSponsorship } from './sponsorshipSeed';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function login(host: Host): Promise<string> {
  let token: string | null = null;
  const outcome = await dispatch(host, {
    method: 'setup.initialize',
    input: {
      organisation: 'Bench NGO',
      officeName: 'Bench block office',
      officeCode: 'BNC',
      district: 'North 24 Parganas',
      block: 'Basirhat-II',
      adminName: 'Bench Admin',
      adminUsername: 'bench',
      adminPassword: 'Block2026x',
    },
    sessionToken: null,
    setSessionToken: (t) => (token = t),
  });
  if (!outcome.ok || !token) throw new Error(`could not set up: ${JSON.stringify(outcome)}`);
  return token;
}

async function call(host: Host, token: string, method: string, input: unknown): Promise<{ ms: number; result: unknown }> {
  const t0 = performance.now();
  const outcome = await dispatch(host, { method, input, sessionToken: token, setSessionToken: () => undefined });
  const ms = performance.now() - t0;
  if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(outcome.error)}`);
  return { ms, result: outcome.result };
}

async function median(runs: number, fn: () => Promise<number> | number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await fn());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

export async function sponsorshipBench(): Promise<BenchRow[]> {
  const dataDir = join(root, '.bench', 'sponsorship');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const host = await Host.open({ dataDir, migrationsFolder: join(root, 'drizzle'), clock: () => benchToday, log: () => undefined });
  const rows: BenchRow[] = [];
  try {
    const token = await login(host);
    const seeded = seedSponsorship(host);
    rows.push({
      operation: 'sponsorship: build 5 years of ledger',
      time: `${(seeded.ms / 1000).toFixed(2)} s`,
      throughput: `${Math.round(seeded.postings / (seeded.ms / 1000)).toLocaleString('en-IN')} postings/s`,
      note: `${seeded.postings.toLocaleString('en-IN')} postings, ${seeded.lines.toLocaleString('en-IN')} lines, triggers checking each; one transaction`,
    });

    const first = await call(host, token, 'sponsorships.due', {});
    const due = first.result as { families: unknown[]; sponsorsInArrears: unknown[] };
    rows.push({
      operation: 'sponsorships.due, first of the month',
      time: ms(first.ms),
      throughput: '',
      note: `raises November's 1,000 dues first; ${due.families.length} families, ${due.sponsorsInArrears.length} sponsors in arrears`,
    });
    rows.push({
      operation: 'sponsorships.due (p50)',
      time: ms(await median(15, async () => (await call(host, token, 'sponsorships.due', {})).ms)),
      throughput: '',
      note: 'arrears of 600 sponsors over 5 years of dues and receipts',
    });
    rows.push({
      operation: 'ledger.trialBalance (p50)',
      time: ms(await median(15, async () => (await call(host, token, 'ledger.trialBalance', {})).ms)),
      throughput: '',
      note: `${(seeded.lines + 2_000).toLocaleString('en-IN')} posting lines`,
    });
    const sponsorId = 2; // a sponsor of two children
    const statementInput = { sponsorId, from: '2021-11-01', to: '2026-11-24', language: 'en' as const };
    rows.push({
      operation: 'sponsor 5-year statement data (p50)',
      time: ms(
        await median(15, () => {
          const t0 = performance.now();
          sponsorStatementData(host.database.sqlite, statementInput);
          return performance.now() - t0;
        }),
      ),
      throughput: '',
      note: 'sponsorStatementData: 60 receipts, 2 children × 60 months',
    });
    rows.push({
      operation: 'sponsors.statement PDF, 5 years (p50)',
      time: ms(await median(5, async () => (await call(host, token, 'sponsors.statement', statementInput)).ms)),
      throughput: '',
      note: 'through dispatch: data, PDF rendering, audit',
    });

    const families = (
      due.families as {
        sponsoredChildId: number;
        amountPaise: number;
        payoutMethod: string;
        funding: string;
        sponsorshipId: number | null;
      }[]
    ).filter((f) => f.funding === 'sponsor');
    const foreignShips = new Set(
      (
        host.database.sqlite
          .prepare("SELECT s.id FROM sponsorships s JOIN sponsors sp ON sp.id = s.sponsor_id WHERE sp.citizenship = 'foreign'")
          .all() as { id: number }[]
      ).map((r) => r.id),
    );
    const items = families.map((f) => {
      const foreign = f.sponsorshipId !== null && foreignShips.has(f.sponsorshipId);
      return f.payoutMethod === 'bank' || foreign
        ? {
            sponsoredChildId: f.sponsoredChildId,
            amountPaise: f.amountPaise,
            account: foreign ? 'fcra_utilisation' : 'local_bank',
            mode: 'bank_transfer',
            reference: `NEFT-${f.sponsoredChildId}`,
            funding: 'sponsor',
            sponsorshipId: f.sponsorshipId,
          }
        : {
            sponsoredChildId: f.sponsoredChildId,
            amountPaise: f.amountPaise,
            account: 'office_cash',
            mode: 'cash',
            recipientMark: 'thumbprint',
            funding: 'sponsor',
            sponsorshipId: f.sponsorshipId,
          };
    });
    const pooled = (due.families as { sponsoredChildId: number; amountPaise: number; funding: string }[])
      .filter((f) => f.funding === 'pooled')
      .map((f) => ({
        sponsoredChildId: f.sponsoredChildId,
        amountPaise: f.amountPaise,
        account: 'local_bank',
        mode: 'bank_transfer',
        reference: `NEFT-${f.sponsoredChildId}`,
        funding: 'pooled',
      }));
    const batch = await call(host, token, 'ledger.disburse', { month: '2026-11', valueDate: '2026-11-24', items: [...items, ...pooled] });
    const written = (batch.result as { postings: unknown[] }).postings.length;
    rows.push({
      operation: 'ledger.disburse, batch of 1,000 families',
      time: ms(batch.ms),
      throughput: `${Math.round(written / (batch.ms / 1000)).toLocaleString('en-IN')} families/s`,
      note: `${written} postings with voucher numbers, ${pooled.length} from the pooled fund; one transaction, single run`,
    });
  } finally {
    host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}
