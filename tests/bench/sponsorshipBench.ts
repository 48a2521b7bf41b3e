/**
 * The sponsorship ledger at programme scale: 1,000 sponsored children, 600 sponsors and five years of
 * monthly dues, receipts and disbursements (about 156,000 postings), built once per run with prepared
 * statements in one transaction, then timed through dispatch as the coordinator would use it.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Host } from '../../electron/host/host';
import { sponsorStatementData } from '../../electron/sponsorship/statementData';
import { benchLogin, median, timedCall, timedCalls, timedRuns, type BenchRow } from './benchKit';
import { benchToday, seedSponsorship } from './sponsorshipSeed';

const root = fileURLToPath(new URL('../..', import.meta.url));

const ms = (n: number) => `${n.toFixed(1)} ms`;

export async function sponsorshipBench(): Promise<BenchRow[]> {
  const dataDir = join(root, '.bench', 'sponsorship');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const host = await Host.open({ dataDir, migrationsFolder: join(root, 'drizzle'), clock: () => benchToday, log: () => undefined });
  const rows: BenchRow[] = [];
  try {
    const token = await benchLogin(host);
    const seeded = seedSponsorship(host);
    rows.push({
      operation: 'sponsorship: build 5 years of ledger',
      time: `${(seeded.ms / 1000).toFixed(2)} s`,
      throughput: `${Math.round(seeded.postings / (seeded.ms / 1000)).toLocaleString('en-IN')} postings/s`,
      note: `${seeded.postings.toLocaleString('en-IN')} postings, ${seeded.lines.toLocaleString('en-IN')} lines, triggers checking each; one transaction`,
    });

    const first = await timedCall<{ families: unknown[]; sponsorsInArrears: unknown[] }>(host, token, 'sponsorships.due', {});
    const due = first.result;
    rows.push({
      operation: 'sponsorships.due, first of the month',
      time: ms(first.ms),
      throughput: '',
      note: `raises November's 1,000 dues first; ${due.families.length} families, ${due.sponsorsInArrears.length} sponsors in arrears`,
    });
    rows.push({
      operation: 'sponsorships.due (p50)',
      time: ms(median(await timedCalls(host, token, 'sponsorships.due', {}, 15))),
      throughput: '',
      note: 'arrears of 600 sponsors over 5 years of dues and receipts',
    });
    rows.push({
      operation: 'ledger.trialBalance (p50)',
      time: ms(median(await timedCalls(host, token, 'ledger.trialBalance', {}, 15))),
      throughput: '',
      note: `${(seeded.lines + 2_000).toLocaleString('en-IN')} posting lines`,
    });
    const sponsorId = 2; // a sponsor of two children
    const statementInput = { sponsorId, from: '2021-11-01', to: '2026-11-24', language: 'en' as const };
    rows.push({
      operation: 'sponsor 5-year statement data (p50)',
      time: ms(median(await timedRuns(15, async () => sponsorStatementData(host.database.sqlite, statementInput)))),
      throughput: '',
      note: 'sponsorStatementData: 60 receipts, 2 children × 60 months',
    });
    rows.push({
      operation: 'sponsors.statement PDF, 5 years (p50)',
      time: ms(median(await timedCalls(host, token, 'sponsors.statement', statementInput, 5))),
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
    const batch = await timedCall<{ postings: unknown[] }>(host, token, 'ledger.disburse', {
      month: '2026-11',
      valueDate: '2026-11-24',
      items: [...items, ...pooled],
    });
    const written = batch.result.postings.length;
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
