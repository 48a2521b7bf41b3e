import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useDisburseWorker } from '../../../electron/sponsorship/batchPayment';
import { serving, type Serving } from '../host/serving';
import { builtWorker } from '../workerBuild';

let worker = '';
beforeAll(async () => {
  worker = await builtWorker('electron/sponsorship/disburseWorker.ts');
  useDisburseWorker(worker);
});
afterAll(() => {
  useDisburseWorker(undefined);
  rmSync(worker, { force: true });
});
let s: Serving | undefined;
afterEach(() => {
  s?.close();
  s = undefined;
});

const families = 2_000;
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 3)]).toString('base64');

/** An office served over HTTP with `n` families enrolled for support, paid by bank. */
async function officeWithFamilies(n: number) {
  s = await serving();
  const { office } = s;
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const child = await office.ok(
      'children.create',
      { nameEn: `Child ${i + 1}`, sex: 'female', ageYears: 9, village: 'Uttar Bagundi' },
      office.admin,
    );
    const family = await office.ok(
      'sponsoredChildren.create',
      {
        childId: child.id,
        guardianName: `Mother of Child ${i + 1}`,
        guardianRelation: 'mother',
        payoutMethod: 'bank',
        accountNumber: '123456789012',
        ifsc: 'SBIN0001234',
        bankName: 'SBI Basirhat',
        monthlySupportPaise: 150_000,
      },
      office.admin,
    );
    ids.push(family.id);
  }
  const cookie = await s.adminCookie();
  return { s, office, ids, cookie };
}

const bankLine = (sponsoredChildId: number, i: number) => ({
  sponsoredChildId,
  amountPaise: 150_000,
  account: 'local_bank' as const,
  mode: 'bank_transfer' as const,
  reference: `NEFT-${i + 1}`,
  funding: 'pooled' as const,
});

interface Answer<T> {
  status: number;
  body: { result?: T; error?: { code: string; key: string; values: Record<string, unknown>; where?: Record<string, unknown> } };
}

async function post<T>(srv: Serving, method: string, input: unknown, headers: Record<string, string>): Promise<Answer<T>> {
  const response = await srv.post(method, input, headers);
  return { status: response.status, body: (await response.json()) as Answer<T>['body'] };
}

const count = (srv: Serving, sql: string) => (srv.office.host.database.sqlite.prepare(sql).get() as { n: number }).n;

describe('a batch payment of 2,000 families while others work', () => {
  it('answers reads and takes a colleague’s write while the batch commits, shows the batch entirely or not at all, and pays it once', async () => {
    const { s: srv, office, ids, cookie } = await officeWithFamilies(families);
    const { host } = office;
    const batch = { month: '2026-11', valueDate: '2026-11-20', items: ids.map(bankLine) };
    const headers = { Cookie: cookie, 'Idempotency-Key': 'november-batch-pc-2-0001' };

    let finished = false;
    const paying = post<{ postings: { voucherNo: string }[] }>(srv, 'ledger.disburse', batch, headers).then((answer) => {
      finished = true;
      return answer;
    });

    // What a colleague on another PC sees meanwhile: the month's payments, and whether the batch was being written as it came.
    const seen: { paid: number; duringBatch: boolean }[] = [];
    let colleaguesChild: { childCode: string } | null = null;
    let colleagueWroteDuringBatch = false;
    while (!finished) {
      const read = await post<{ total: number }>(srv, 'ledger.postings', { kind: 'disbursement', limit: 1 }, { Cookie: cookie });
      expect(read.status).toBe(200);
      seen.push({ paid: read.body.result?.total ?? -1, duringBatch: host.writeTurn.workerWriting });
      if (!colleaguesChild && host.writeTurn.workerWriting) {
        colleagueWroteDuringBatch = true;
        const made = await post<{ childCode: string }>(
          srv,
          'children.create',
          { nameEn: 'Mita Das', sex: 'female', ageYears: 9 },
          { Cookie: cookie },
        );
        expect(made.status).toBe(200);
        colleaguesChild = made.body.result ?? null;
      }
    }
    const paid = await paying;
    expect(paid.status).toBe(200);
    const vouchers = paid.body.result?.postings.map((p) => p.voucherNo) ?? [];
    expect(vouchers).toHaveLength(families);
    expect(vouchers[0]).toBe('PV/2026-27/00001');
    expect(vouchers[families - 1]).toBe('PV/2026-27/02000');

    // Reads were answered while the worker held the batch's transaction open, and none saw part of it.
    expect(seen.filter((a) => a.duringBatch).length).toBeGreaterThan(0);
    expect(new Set(seen.filter((a) => a.duringBatch).map((a) => a.paid))).toEqual(new Set([0]));
    expect(seen.every((a) => a.paid === 0 || a.paid === families)).toBe(true);
    // The colleague's save waited for its turn rather than failing, and is there.
    expect(colleagueWroteDuringBatch).toBe(true);
    expect(colleaguesChild?.childCode).toMatch(/\d{5}$/);

    // Sent again with the same key (a retry after a dropped link): the first answer, nothing paid twice.
    const again = await post(srv, 'ledger.disburse', batch, headers);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(paid.body);
    expect(count(srv, "SELECT count(*) AS n FROM postings WHERE kind = 'disbursement'")).toBe(families);
    expect(count(srv, "SELECT count(*) AS n FROM audit_log WHERE action = 'ledger.disburse'")).toBe(1);
    const audit = host.database.sqlite.prepare("SELECT summary FROM audit_log WHERE action = 'ledger.disburse'").get() as {
      summary: string;
    };
    expect(audit.summary).toBe('2000 families paid for 2026-11: PV/2026-27/00001 – PV/2026-27/02000');
    // Without the key the ledger's own rule still refuses paying a family twice in a month.
    const unkeyed = await post(srv, 'ledger.disburse', batch, { Cookie: cookie });
    expect(unkeyed.body.error?.key).toBe('errors.sponsorship.alreadyPaid');
  }, 180_000);

  it('leaves nothing behind when the batch fails half-way, refuses cash below zero whole, and pays it once after', async () => {
    const { s: srv, office, ids, cookie } = await officeWithFamilies(40);
    const { host } = office;
    const proofsStaged = () => {
      try {
        return readdirSync(join(host.options.dataDir, 'attachments', '.staging')).length;
      } catch {
        return 0;
      }
    };
    const items = ids.map((id, i) => ({ ...bankLine(id, i), proof: { fileName: `slip-${i + 1}.png`, contentBase64: png } }));
    const batch = { month: '2026-11', valueDate: '2026-11-20', items };
    const headers = { Cookie: cookie, 'Idempotency-Key': 'november-batch-pc-3-0001' };

    // The disk fills up at the 21st family: the batch's first 20 postings were written in its transaction.
    host.database.sqlite.exec(
      `CREATE TRIGGER disk_full BEFORE INSERT ON postings WHEN (SELECT count(*) FROM postings WHERE kind = 'disbursement') >= 20
       BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`,
    );
    const failed = await post(srv, 'ledger.disburse', batch, headers);
    expect(failed.status).toBe(500);
    expect(failed.body.error?.code).toBe('internal');
    expect(count(srv, 'SELECT count(*) AS n FROM postings')).toBe(0);
    expect(count(srv, 'SELECT count(*) AS n FROM posting_lines')).toBe(0);
    expect(count(srv, "SELECT count(*) AS n FROM audit_log WHERE action = 'ledger.disburse'")).toBe(0);
    expect(count(srv, 'SELECT count(*) AS n FROM idempotency_keys')).toBe(0);
    expect(proofsStaged()).toBe(0);
    host.database.sqlite.exec('DROP TRIGGER disk_full');

    // Cash the office does not hold refuses the whole batch, named on the batch, with nothing written.
    const cash = ids.map((id) => ({
      sponsoredChildId: id,
      amountPaise: 150_000,
      account: 'office_cash' as const,
      mode: 'cash' as const,
      recipientMark: 'thumbprint' as const,
      funding: 'pooled' as const,
    }));
    const noCash = await post(srv, 'ledger.disburse', { ...batch, items: cash }, { Cookie: cookie });
    expect(noCash.status).toBe(409);
    expect(noCash.body.error).toMatchObject({ key: 'errors.sponsorship.cashBelowZero', where: { field: 'items' } });
    expect(count(srv, 'SELECT count(*) AS n FROM postings')).toBe(0);

    // The same batch sent again with its key once the disk has room: paid now, entirely, with its proofs, and once.
    const paid = await post<{ postings: { id: number; voucherNo: string }[] }>(srv, 'ledger.disburse', batch, headers);
    expect(paid.status).toBe(200);
    // No voucher number was used up by the failed or the refused batch.
    expect(paid.body.result?.postings.map((p) => p.voucherNo).slice(0, 2)).toEqual(['PV/2026-27/00001', 'PV/2026-27/00002']);
    expect(count(srv, "SELECT count(*) AS n FROM postings WHERE kind = 'disbursement' AND attachment IS NOT NULL")).toBe(40);
    const first = paid.body.result?.postings[0]?.id ?? 0;
    const proof = await post<{ contentBase64: string }>(srv, 'ledger.proof', { postingId: first }, { Cookie: cookie });
    expect(proof.body.result?.contentBase64).toBe(png);
    expect(proofsStaged()).toBe(0);
    const retried = await post(srv, 'ledger.disburse', batch, headers);
    expect(retried.body).toEqual(paid.body);
    expect(count(srv, 'SELECT count(*) AS n FROM postings')).toBe(40);
  }, 120_000);
});
