/**
 * `npm run soak:office [-- --receipts 1000 --edits 200 --max-kills 40 --max-minutes 10 --keep]`: an office
 * of five PCs on one host. Five clients post receipts and edit children (with the version they read)
 * while the host is killed with SIGKILL at random moments and started again, and some links are cut
 * mid-request (req.destroy()). A client retries a write with the same Idempotency-Key until it gets an
 * answer, as the app's client does. Afterwards: integrity_check is ok, every acknowledged receipt and
 * edit is in the database, receipt numbers are unique and gapless, and no retried write is stored twice.
 * Not part of `npm test`.
 */
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { basirhatOffice, password } from '../fixtures/office';
import { allOk, inspectDataFolder } from './checks';
import { SoakHost } from './soakHost';

const { values } = parseArgs({
  options: {
    receipts: { type: 'string', default: '1000' },
    edits: { type: 'string', default: '200' },
    'max-kills': { type: 'string', default: '40' },
    'max-minutes': { type: 'string', default: '10' },
    keep: { type: 'boolean', default: false },
  },
});
const clients = 5;
const totalReceipts = Number(values.receipts);
const totalEdits = Number(values.edits);
const maxKills = Number(values['max-kills']);
const deadline = Date.now() + Number(values['max-minutes']) * 60_000;
const root = mkdtempSync(join(tmpdir(), 'suraksha-office-soak-'));
const dataDir = join(root, 'data');
/** One link in this many is cut while its request is on the way. */
const cutOneIn = 12;

let host: SoakHost;
/** The host's address now; null while it is down (killed, not yet started again). */
let hostUrl: string | null = null;

const counts = { retries: 0, cuts: 0, refused: 0, conflicts: 0, relogins: 0, busy: 0 };

type Answer = { status: number; body: { result?: unknown; error?: { code: string; message: string } } };

/** One POST; resolves null when the link dropped (cut by us, refused, reset by a killed host). */
function post(
  url: string,
  method: string,
  input: unknown,
  cookie: string,
  key: string | null,
  cut: boolean,
): Promise<(Answer & { cookie: string | null }) | null> {
  return new Promise((resolve) => {
    const body = JSON.stringify(input);
    const req = httpRequest(
      `${url}api/${method}`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          ...(cookie ? { Cookie: cookie } : {}),
          ...(key ? { 'Idempotency-Key': key } : {}),
        },
        timeout: 15_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            const setCookie = res.headers['set-cookie']?.[0]?.split(';')[0] ?? null;
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Answer['body'], cookie: setCookie });
          } catch {
            resolve(null);
          }
        });
        res.on('error', () => resolve(null));
      },
    );
    req.on('error', () => resolve(null));
    req.on('timeout', () => req.destroy());
    req.end(body);
    // The link drops after the request left: the host may or may not have done the write.
    if (cut) setTimeout(() => req.destroy(), Math.floor(Math.random() * 15));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A PC of the office: its own user and session, retrying every write with its key until answered. */
class Client {
  private cookie = '';
  constructor(readonly username: string) {}

  private async logIn(): Promise<void> {
    for (;;) {
      const url = hostUrl;
      if (url) {
        const answer = await post(url, 'auth.login', { username: this.username, password }, '', null, false);
        if (answer?.status === 200 && answer.cookie) {
          this.cookie = answer.cookie;
          return;
        }
      }
      await sleep(200);
    }
  }

  /** Sends until the host answers; the same key every time. Answers the final status and body. */
  async call(method: string, input: unknown, write: boolean): Promise<Answer> {
    const key = write ? randomBytes(16).toString('hex') : null;
    for (let sent = 0; ;) {
      if (Date.now() > deadline + 60_000) throw new Error(`${method}: no answer before the deadline`);
      const url = hostUrl;
      if (!url) {
        await sleep(150);
        continue;
      }
      // A retry is the same request sent again (while the host is down nothing is sent).
      if (sent++ > 0 && write) counts.retries += 1;
      const cut = write && Math.random() * cutOneIn < 1;
      if (cut) counts.cuts += 1;
      const answer = await post(url, method, input, this.cookie, key, cut);
      if (!answer) {
        await sleep(100);
        continue;
      }
      if (answer.status === 401) {
        counts.relogins += 1;
        await this.logIn();
        continue;
      }
      if (answer.status === 503) {
        counts.busy += 1;
        await sleep(200);
        continue;
      }
      return answer;
    }
  }

  async start(): Promise<void> {
    await this.logIn();
  }
}

interface AckedReceipt {
  amountPaise: number;
  receiptNo: string;
  postingId: number;
}
interface AckedEdit {
  childId: number;
  village: string;
  version: number;
}

async function setUp(): Promise<{ sponsorIds: number[]; childIds: number[] }> {
  await host.call('setup.initialize', basirhatOffice);
  await host.call('auth.login', { username: 'anita', password });
  for (let i = 1; i <= clients; i++) {
    await host.call('users.create', { fullName: `Office PC ${i}`, username: `pc${i}`, role: 'admin', password });
  }
  const sponsorIds: number[] = [];
  for (let i = 1; i <= clients; i++) {
    const s = (await host.call('sponsors.create', { kind: 'individual', name: `Sponsor ${i}`, citizenship: 'indian' })) as { id: number };
    sponsorIds.push(s.id);
  }
  const childIds: number[] = [];
  for (let i = 1; i <= 20; i++) {
    const c = (await host.call('children.create', { nameEn: `Edited child ${i}`, sex: 'female', ageYears: 10, village: 'Bagundi' })) as {
      id: number;
    };
    childIds.push(c.id);
  }
  return { sponsorIds, childIds };
}

/** One client's share: its receipts (each a unique amount, to find it again) and its edits, interleaved. */
async function work(client: Client, n: number, sponsorId: number, childIds: number[], receipts: AckedReceipt[], edits: AckedEdit[]) {
  const myReceipts = Array.from({ length: totalReceipts / clients }, (_, i) => 100_000 + (i * clients + n));
  const myEdits = totalEdits / clients;
  let editsDone = 0;
  for (const [i, amountPaise] of myReceipts.entries()) {
    const answer = await client.call(
      'ledger.receive',
      { sponsorId, valueDate: '2026-11-02', amountPaise, mode: 'cash', account: 'office_cash' },
      true,
    );
    if (answer.status !== 200) throw new Error(`receipt refused: ${JSON.stringify(answer.body.error)}`);
    const r = answer.body.result as { receiptNo: string; postingId: number };
    receipts.push({ amountPaise, receiptNo: r.receiptNo, postingId: r.postingId });
    // An edit after every fifth receipt: 200 receipts and 40 edits each.
    if ((i + 1) % (myReceipts.length / myEdits) === 0 && editsDone < myEdits) {
      await editChild(client, n, editsDone, childIds, edits);
      editsDone += 1;
    }
  }
}

/** Reads a child, saves a new village over the version read; a conflict (another PC saved first) reads again. */
async function editChild(client: Client, n: number, e: number, childIds: number[], edits: AckedEdit[]): Promise<void> {
  const childId = childIds[(n * 7 + e) % childIds.length] ?? 0;
  const village = `Village ${n}-${e}`;
  for (;;) {
    const read = await client.call('children.get', { id: childId }, false);
    const child = read.body.result as { version: number; nameEn: string; sex: 'female'; ageYears: number };
    const answer = await client.call(
      'children.update',
      { id: childId, version: child.version, nameEn: child.nameEn, sex: child.sex, ageYears: 10, village },
      true,
    );
    if (answer.status === 409) {
      counts.conflicts += 1;
      continue;
    }
    if (answer.status !== 200) throw new Error(`edit refused: ${JSON.stringify(answer.body.error)}`);
    edits.push({ childId, village, version: (answer.body.result as { version: number }).version });
    return;
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  host = await SoakHost.start(dataDir, password);
  hostUrl = host.url;
  const { sponsorIds, childIds } = await setUp();
  const pcs = Array.from({ length: clients }, (_, i) => new Client(`pc${i + 1}`));
  for (const pc of pcs) await pc.start();

  const receipts: AckedReceipt[] = [];
  const edits: AckedEdit[] = [];
  let done = false;
  const working = Promise.all(pcs.map((pc, n) => work(pc, n, sponsorIds[n] ?? 0, childIds, receipts, edits))).finally(() => {
    done = true;
  });

  let kills = 0;
  while (!done && kills < maxKills && Date.now() < deadline) {
    await Promise.race([sleep(800 + Math.random() * 2500), working.catch(() => undefined)]);
    if (done) break;
    hostUrl = null;
    await host.kill();
    kills += 1;
    host = await SoakHost.start(dataDir, password);
    hostUrl = host.url;
    console.log(`kill ${kills}: ${receipts.length} receipts and ${edits.length} edits acknowledged so far`);
  }
  await working;
  await host.stop();
  const seconds = Math.round((Date.now() - started) / 1000);

  const findings = inspectDataFolder(dataDir, []);
  const db = new Database(join(dataDir, 'suraksha.sqlite'), { readonly: true });
  const stored = db.prepare("SELECT id, receipt_no AS receiptNo FROM postings WHERE kind = 'receipt' ORDER BY id").all() as {
    id: number;
    receiptNo: string;
  }[];
  const amounts = db
    .prepare(
      "SELECT p.id, l.amount_paise AS paise FROM postings p JOIN posting_lines l ON l.posting_id = p.id AND l.amount_paise > 0 WHERE p.kind = 'receipt'",
    )
    .all() as { id: number; paise: number }[];
  const byId = new Map(stored.map((s) => [s.id, s.receiptNo]));
  const lostReceipts = receipts.filter((r) => byId.get(r.postingId) !== r.receiptNo).length;
  const paiseCount = new Map<number, number>();
  for (const a of amounts) paiseCount.set(a.paise, (paiseCount.get(a.paise) ?? 0) + 1);
  const storedTwice = [...paiseCount.values()].filter((c) => c > 1).length;
  const numbers = stored.map((s) => Number(s.receiptNo.split('/').pop())).sort((a, b) => a - b);
  const unique = new Set(stored.map((s) => s.receiptNo)).size === stored.length;
  const gapless = numbers.every((n, i) => n === i + 1);
  // Each acknowledged edit raised its child's version by one: a lost edit or one stored twice breaks the count.
  const children = db.prepare('SELECT id, village, version FROM children').all() as { id: number; village: string; version: number }[];
  let lostEdits = 0;
  for (const c of children.filter((c) => childIds.includes(c.id))) {
    const mine = edits.filter((e) => e.childId === c.id);
    const last = mine.reduce<AckedEdit | null>((a, e) => (!a || e.version > a.version ? e : a), null);
    if (c.version !== 1 + mine.length || (last && last.village !== c.village)) lostEdits += 1;
  }
  db.close();

  const ok =
    allOk(findings) &&
    receipts.length === totalReceipts &&
    stored.length === totalReceipts &&
    lostReceipts === 0 &&
    storedTwice === 0 &&
    unique &&
    gapless &&
    edits.length === totalEdits &&
    lostEdits === 0;
  console.log(
    [
      `\n${kills} kills in ${seconds} s; ${counts.cuts} links cut mid-request; ${counts.retries} retries (same key); ${counts.relogins} logins again after a restart; ${counts.busy} busy answers; ${counts.conflicts} edit conflicts read again`,
      `receipts: ${receipts.length} acknowledged, ${stored.length} stored, ${lostReceipts} acknowledged but missing, ${storedTwice} stored twice, numbers ${unique ? 'unique' : 'NOT unique'} and ${gapless ? 'gapless' : 'NOT gapless'} (1–${numbers.at(-1) ?? 0})`,
      `child edits: ${edits.length} acknowledged, ${lostEdits} children whose version or value does not match the acknowledged edits`,
      `data folder: integrity ${findings.integrity}, ledger ${findings.ledger}, gapless ${findings.gapless}, orphans ${findings.orphans}`,
      ok ? 'OK' : 'FAILED',
    ].join('\n'),
  );
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  else console.log(`kept in ${root}`);
  process.exit(ok ? 0 : 1);
}

main().catch(async (err: unknown) => {
  console.error(err);
  await host?.kill().catch(() => undefined);
  process.exit(1);
});
