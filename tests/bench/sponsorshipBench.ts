/**
 * The sponsorship ledger at programme scale: 1,000 sponsored children, 600 sponsors and five years of
 * monthly dues, receipts and disbursements (about 156,000 postings), built once per run with prepared
 * statements in one transaction, then timed through dispatch as the coordinator would use it.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Host } from '../../electron/host/host';
import { useDisburseWorker } from '../../electron/sponsorship/batchPayment';
import { sponsorStatementData } from '../../electron/sponsorship/statementData';
import { benchLogin, call, median, timedCall, timedCalls, timedRuns, type BenchRow } from './benchKit';
import { benchToday, seedSponsorship } from './sponsorshipSeed';

const root = fileURLToPath(new URL('../..', import.meta.url));

const ms = (n: number) => `${n.toFixed(1)} ms`;
const p95 = (times: readonly number[]) =>
  [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? 0;

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
    // The batch is paid as the app pays it: in the built payment worker (npm run bench builds it first), one
    // transaction, while the coordinator's colleagues keep reading. Their reads alone first, then during the batch.
    useDisburseWorker(join(root, 'out', 'electron', 'disburseWorker.cjs'));
    const reads = [
      ['sponsors.list', {}],
      ['sponsoredChildren.list', {}],
      ['children.search', { q: 'Mondal' }],
    ] as const;
    const readRound = async (out: number[]) => {
      for (const [method, input] of reads) {
        // Each read comes as a request of its own (over HTTP it would be an event of its own): the host's
        // loop turns between them, as it does for the worker's answer.
        await new Promise((resolve) => setImmediate(resolve));
        const t0 = performance.now();
        await call(host, token, method, input);
        out.push(performance.now() - t0);
      }
    };
    const alone: number[] = [];
    for (let i = 0; i < 10; i++) await readRound(alone);
    const during: number[] = [];
    let paying = true;
    const paid = timedCall<{ postings: unknown[] }>(host, token, 'ledger.disburse', {
      month: '2026-11',
      valueDate: '2026-11-24',
      items: [...items, ...pooled],
    }).finally(() => (paying = false));
    // Bounded: at most two minutes of reads, whatever the batch does.
    const readsUntil = performance.now() + 120_000;
    while (paying && performance.now() < readsUntil) await readRound(during);
    const batch = await paid;
    const written = batch.result.postings.length;
    rows.push({
      operation: 'ledger.disburse, batch of 1,000 families',
      time: ms(batch.ms),
      throughput: `${Math.round(written / (batch.ms / 1000)).toLocaleString('en-IN')} families/s`,
      note: `${written} postings with voucher numbers, ${pooled.length} from the pooled fund; one transaction in the payment worker, single run`,
    });
    rows.push({
      operation: '  reads during the batch (p95)',
      time: ms(p95(during)),
      throughput: `${(p95(during) / p95(alone)).toFixed(2)}× without it (${ms(p95(alone))})`,
      note: `sponsors, families, a name search: ${during.length} answers while the batch was written`,
    });
  } finally {
    useDisburseWorker(undefined);
    host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}
