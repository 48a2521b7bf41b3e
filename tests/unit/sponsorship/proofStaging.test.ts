import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Host } from '../../../electron/host/host';
import { migrationsFolder } from '../testHost';
import { cashItemWithSlip, slipPng } from './cashPayment';
import { sponsorshipOffice, type SponsorshipOffice } from './fixture';

let office: SponsorshipOffice | undefined;
afterEach(() => office?.t.cleanup());

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

describe('proofs of payment and a batch killed half-way', () => {
  it('keeps proofs in staging until the commit, and a restart sweeps what a killed batch left', async () => {
    office = await sponsorshipOffice();
    const { t, coordinator, family, sponsor, sponsorship, receiveCash } = office;
    const s = await sponsor('Anjali Ghosh');
    await receiveCash(s.id, 150_000);
    const a = await family({ name: 'Rina Khatun' });
    await sponsorship(s.id, a.sponsoredChildId);
    const item = cashItemWithSlip(a.sponsoredChildId);
    const paid = await t.ok('ledger.disburse', { month: '2026-11', valueDate: '2026-11-20', items: [item] }, coordinator);
    const staging = join(t.dataDir, 'attachments', '.staging');
    const final = join(t.dataDir, 'attachments', 'disbursements');
    expect(files(staging)).toEqual([]);
    expect(files(final)).toHaveLength(1);
    expect(await t.ok('ledger.proof', { postingId: paid.postings[0]?.id ?? 0 }, coordinator)).toMatchObject({ contentBase64: slipPng });

    // A kill -9 after the proofs were written and before the commit leaves them in staging, as does one
    // after the commit and before the move: the first kind belongs to no posting, the second to one.
    const committed = t.host.database.sqlite.prepare('SELECT attachment FROM postings WHERE attachment IS NOT NULL').get() as {
      attachment: string;
    };
    const storedName = (JSON.parse(committed.attachment) as { storedPath: string }).storedPath.split(/[\\/]/).pop() ?? '';
    mkdirSync(staging, { recursive: true });
    for (let i = 0; i < 5; i++) writeFileSync(join(staging, `0000000${i}-dead-beef-0000-000000000000.png`), 'orphan');
    renameSync(join(final, storedName), join(staging, storedName));
    t.host.close();
    const reopened = await Host.open({ dataDir: t.dataDir, migrationsFolder, log: () => undefined });
    try {
      expect(files(staging)).toEqual([]);
      expect(files(final)).toEqual([storedName]);
    } finally {
      reopened.close();
    }
  });
});
