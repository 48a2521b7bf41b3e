/**
 * `npm run soak [-- --kills 30 --max-minutes 12 --keep]`: power cuts, simulated. A serve host on a
 * fresh data folder is killed with SIGKILL at a random moment of an import, a batch payment or a
 * backup, then started again; after every restart the data folder is checked the way a user would
 * after a power cut: integrity_check, the ledger balancing, gapless voucher numbers and child codes,
 * no half-imported register, no broken backup listed, no orphan file. Not part of `npm test`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { basirhatOffice, password } from '../fixtures/office';
import { registerWorkbook } from '../unit/attendance/importFiles';
import { allOk, inspectDataFolder, type Findings } from './checks';
import { SoakHost } from './soakHost';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '30' },
    'max-minutes': { type: 'string', default: '12' },
    keep: { type: 'boolean', default: false },
  },
});
const wantedKills = Number(values.kills);
const deadline = Date.now() + Number(values['max-minutes']) * 60_000;
const root = mkdtempSync(join(tmpdir(), 'suraksha-soak-'));
const dataDir = join(root, 'data');
const penDrive = join(root, 'pen-drive');
const schools = ['Uttar Bagundi F.P. School', 'Dakshin Bagundi F.P. School', 'Khejurtala Junior High School', 'Hasnabad Girls High School'];
const months = Array.from({ length: 34 }, (_, i) => {
  const d = new Date(Date.UTC(2026, 10 - i, 1));
  return d.toISOString().slice(0, 7);
});

type Kind = 'import' | 'payment' | 'backup';
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(150_000)]).toString('base64');

let host: SoakHost;
let importRound = 0;
let paidMonths = 0;
let families: number[] = [];

async function setUp(): Promise<void> {
  await host.call('setup.initialize', basirhatOffice);
  for (const [i, name] of schools.entries()) {
    await host.call('schools.create', { name, udise: `1911230010${i}`, type: 'primary', village: 'Bagundi' });
  }
  families = [];
  for (let i = 0; i < 40; i++) {
    const child = (await host.call('children.create', {
      nameEn: `Family child ${i + 1}`,
      sex: 'female',
      ageYears: 9,
      village: 'Bagundi',
    })) as {
      id: number;
    };
    const family = (await host.call('sponsoredChildren.create', {
      childId: child.id,
      guardianName: `Mother ${i + 1}`,
      guardianRelation: 'mother',
      payoutMethod: 'cash',
      monthlySupportPaise: 100_000,
    })) as {
      id: number;
    };
    const sponsor = (await host.call('sponsors.create', { kind: 'individual', name: `Sponsor ${i + 1}`, citizenship: 'indian' })) as {
      id: number;
    };
    await host.call('sponsorships.create', {
      sponsorId: sponsor.id,
      sponsoredChildId: family.id,
      purpose: 'living',
      monthlyPaise: 100_000,
      startMonth: '2024-01',
    });
    families.push(family.id);
  }
}

/** One batch of six registers (school × month), 120 children each, previewed then committed. */
async function importBatch(): Promise<void> {
  importRound += 1;
  const files = [];
  for (let f = 0; f < 6; f++) {
    const school = schools[(importRound * 6 + f) % schools.length] ?? '';
    const month = months[Math.floor((importRound * 6 + f) / schools.length) % months.length] ?? '2026-11';
    const rows = Array.from({ length: 120 }, (_, r) => ({
      roll: String(r + 1),
      name: `${school.split(' ')[0] ?? 'S'} pupil ${r + 1}`,
      class: 3,
      sex: r % 2 ? ('M' as const) : ('F' as const),
      marks: Array.from({ length: 31 }, (_, d) => ((d + r + importRound) % 7 === 0 ? 'A' : 'P')),
    }));
    files.push({ name: `${school}-${month}-${importRound}.xlsx`, contentBase64: await registerWorkbook({ school, month, rows }) });
  }
  const preview = (await host.call('attendance.preview', { files })) as { previewId: string };
  await host.call('attendance.commit', { previewId: preview.previewId });
}

/** One month's payment to all 40 families, each with a photo of the signed slip. */
async function paymentBatch(): Promise<void> {
  const month = months[paidMonths % months.length] ?? '2026-11';
  const items = families.map((sponsoredChildId) => ({
    sponsoredChildId,
    amountPaise: 100_000,
    account: 'office_cash',
    mode: 'cash',
    recipientMark: 'thumbprint',
    proof: { fileName: 'slip.png', contentBase64: png() },
  }));
  // Cash drawn from the bank first: office cash pays out only what it holds.
  await host.call('ledger.transfer', {
    from: 'local_bank',
    to: 'office_cash',
    amountPaise: 100_000 * items.length,
    valueDate: '2026-11-30',
  });
  await host.call('ledger.disburse', { month, valueDate: '2026-11-30', items });
  paidMonths += 1;
}

async function backup(n: number): Promise<void> {
  await host.call('admin.backupNow', n % 2 ? { folder: penDrive } : {});
}

const operations: Record<Kind, (n: number) => Promise<void>> = { import: importBatch, payment: paymentBatch, backup };
const kinds: Kind[] = ['import', 'payment', 'backup'];
const durations: Record<Kind, number> = { import: 0, payment: 0, backup: 0 };

async function listedBackups(): Promise<string[]> {
  return ((await host.call('admin.listBackups', {})) as { path: string }[]).map((b) => b.path);
}

async function main(): Promise<void> {
  host = await SoakHost.start(dataDir, password);
  await setUp();
  // One uncut run of each, to learn how long each takes: the kills land anywhere inside that time.
  for (const kind of kinds) {
    const started = Date.now();
    await operations[kind](0);
    durations[kind] = Date.now() - started;
  }
  console.log(`Soak in ${root}; uncut: import ${durations.import} ms, payment ${durations.payment} ms, backup ${durations.backup} ms`);
  console.log('kill  operation  after ms  integrity  ledger  gapless  imports  backups  orphans');
  const results: { kind: Kind; findings: Findings }[] = [];
  let kills = 0;
  while (kills < wantedKills && Date.now() < deadline) {
    const kind = kinds[kills % kinds.length] ?? 'import';
    const after = Math.floor(Math.random() * durations[kind] * 1.1);
    const running = operations[kind](kills).catch(() => undefined);
    await new Promise((r) => setTimeout(r, after));
    await host.kill();
    await running;
    kills += 1;
    host = await SoakHost.start(dataDir, password);
    const findings = inspectDataFolder(dataDir, await listedBackups());
    results.push({ kind, findings });
    const f = findings;
    console.log(
      `${String(kills).padStart(4)}  ${kind.padEnd(9)}  ${String(after).padStart(8)}  ${f.integrity.padEnd(9)}  ${f.ledger.padEnd(6)}  ${f.gapless.padEnd(7)}  ${f.imports.padEnd(7)}  ${f.backups.padEnd(7)}  ${f.orphans}`,
    );
    // Between kills, the office goes on working: an uncut operation now and then.
    if (kills % 5 === 0)
      await operations[kind](kills).catch((err: unknown) => console.log(`  uncut ${kind} after restart failed: ${String(err)}`));
  }
  const failed = results.filter((r) => !allOk(r.findings));
  const summary = host.summary();
  await host.stop();
  console.log(
    `\n${kills} kills (${kinds.map((k) => `${results.filter((r) => r.kind === k).length} ${k}`).join(', ')}); ${failed.length} restarts with a finding.` +
      ` Afterwards: ${summary}`,
  );
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  process.exit(failed.length === 0 && kills >= Math.min(wantedKills, 30) ? 0 : 1);
}

main().catch(async (err: unknown) => {
  console.error(err);
  await host?.kill().catch(() => undefined);
  process.exit(1);
});
