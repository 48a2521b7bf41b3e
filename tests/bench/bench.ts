/**
 * `npm run bench`: builds a block-sized register once (200 schools, 60,000 children; cached in
 * .bench/), then measures what a user waits for and prints one table.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Host } from '../../electron/host/host';
import { nameKeyOf } from '../../electron/register/nameKey';
import { attendanceBench } from './attendanceBench';
import { caseLatency, seedCases } from './casesBench';
import { sponsorshipBench } from './sponsorshipBench';
import { safetynetBench } from './safetynetBench';
import { dashboardBench } from './dashboardBench';
import { monthlyReportBench } from './monthlyReportBench';
import { officeBench } from './officeBench';
import { importMonth } from './attendanceBenchData';
import { benchLogin, random, sessionOf, timedCall } from './benchKit';
import { boyNames, girlNames, gramPanchayats, surnames, villages } from './names';

const root = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = join(root, '.bench');
const cachedDb = join(benchDir, 'block', 'suraksha.sqlite');
const cachedFacts = join(benchDir, 'block.json');
const migrationsFolder = join(root, 'drizzle');
const schoolCount = 200;
const childCount = 60_000;

interface Row {
  operation: string;
  time: string;
  throughput: string;
  note: string;
}
const rows: Row[] = [];

async function generateBlock(): Promise<void> {
  if (existsSync(cachedDb) && existsSync(cachedFacts)) {
    const facts = JSON.parse(readFileSync(cachedFacts, 'utf8')) as { ms: number };
    rows.push({
      operation: 'generate + insert block register',
      time: `${(facts.ms / 1000).toFixed(2)} s`,
      throughput: `${Math.round(childCount / (facts.ms / 1000)).toLocaleString('en-IN')} children/s`,
      note: 'cached from first run',
    });
    return;
  }
  rmSync(join(benchDir, 'block'), { recursive: true, force: true });
  mkdirSync(join(benchDir, 'block'), { recursive: true });
  const started = performance.now();
  const host = await Host.open({ dataDir: join(benchDir, 'block'), migrationsFolder, log: () => undefined });
  await benchLogin(host);
  const rand = random(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const { sqlite } = host.database;
  const now = new Date().toISOString();
  const insertSchool = sqlite.prepare(
    'INSERT INTO schools (name, udise, type, gram_panchayat, village, head_teacher, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertChild = sqlite.prepare(
    `INSERT INTO children (child_code, name_en, name_bn, name_key, sex, birth_basis, date_of_birth, age_years, age_as_of,
       guardian_name, guardian_relation, phone, village, gram_panchayat, school_id, class_grade, section, roll, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let s = 1; s <= schoolCount; s++) {
      const village = pick(villages);
      const type = s % 10 === 0 ? 'madrasah' : s % 4 === 0 ? 'secondary' : s % 3 === 0 ? 'upper_primary' : 'primary';
      insertSchool.run(
        `${village} ${type === 'primary' ? 'FP' : type === 'madrasah' ? 'High Madrasah' : 'High'} School ${s}`,
        `19112${String(s).padStart(6, '0')}`,
        type,
        pick(gramPanchayats),
        village,
        `${pick(boyNames)[1]} ${pick(surnames)[1]}`,
        `98300${String(10000 + s).slice(-5)}`,
        now,
        now,
      );
    }
    const rolls = new Map<string, number>();
    for (let c = 1; c <= childCount; c++) {
      const girl = rand() < 0.5;
      const first = pick(girl ? girlNames : boyNames);
      const last = pick(surnames);
      const [firstBn, ...firstEn] = first;
      const [lastBn, ...lastEn] = last;
      const script = rand();
      const nameEn = script < 0.85 ? `${pick(firstEn)} ${pick(lastEn)}` : null;
      const nameBn = script > 0.5 || !nameEn ? `${firstBn} ${lastBn}` : null;
      const byDob = rand() < 0.7;
      const age = 5 + Math.floor(rand() * 13);
      const dob = `${2026 - age}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
      const village = pick(villages);
      const guardian = `${pick(boyNames)[1]} ${last[1]}`;
      const relation = pick(['mother', 'father', 'grandmother', 'uncle']);
      const phone = `9${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`;
      const gramPanchayat = pick(gramPanchayats);
      const schoolId = 1 + Math.floor(rand() * schoolCount);
      const classGrade = Math.min(12, Math.max(0, age - 5));
      const section = pick(['A', 'B', null]);
      // A school numbers its children 1, 2, 3… through each class: a roll is never written twice there, whichever
      // of the bench's layouts (some show no section) the register is written in.
      const rollKey = `${schoolId}|${classGrade}`;
      const roll = (rolls.get(rollKey) ?? 0) + 1;
      rolls.set(rollKey, roll);
      insertChild.run(
        `BNC-C${String(c).padStart(5, '0')}`,
        nameEn,
        nameBn,
        nameKeyOf(nameEn, nameBn),
        girl ? 'female' : 'male',
        byDob ? 'dob' : 'age',
        byDob ? dob : null,
        byDob ? null : age,
        byDob ? null : '2026-06-01',
        guardian,
        relation,
        phone,
        village,
        gramPanchayat,
        schoolId,
        classGrade,
        section,
        String(roll),
        now,
        now,
      );
    }
    sqlite.prepare("INSERT INTO counters (name, value) VALUES ('child_code', ?)").run(childCount);
  })();
  host.database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  host.close();
  const ms = performance.now() - started;
  writeFileSync(cachedFacts, JSON.stringify({ ms }));
  rows.push({
    operation: 'generate + insert block register',
    time: `${(ms / 1000).toFixed(2)} s`,
    throughput: `${Math.round(childCount / (ms / 1000)).toLocaleString('en-IN')} children/s`,
    note: `${schoolCount} schools, ${childCount.toLocaleString('en-IN')} children, one transaction`,
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function searchLatency(): Promise<void> {
  const host = await Host.open({ dataDir: join(benchDir, 'block'), migrationsFolder, log: () => undefined });
  const token = await benchLogin(host);
  const queries: Record<string, unknown>[] = [
    { q: 'Mandal' },
    { q: 'priya mondol' },
    { q: 'মণ্ডল' },
    { q: 'Sk Rahim' },
    { q: 'ইয়াসমিন খাতুন' },
    { q: 'Biswas', schoolId: 17 },
    { q: 'Moumita' },
    { q: 'BNC-C04211' },
    { village: 'Taki', sort: 'class' },
    { schoolId: 42, classGrade: 5 },
    { sex: 'female', sort: 'code', direction: 'desc' },
    { q: 'Roy', offset: 300 },
  ];
  const times: number[] = [];
  for (let round = 0; round < 25; round++) {
    for (const input of queries) {
      times.push((await timedCall(host, token, 'children.search', input)).ms);
    }
  }
  times.sort((a, b) => a - b);
  rows.push({
    operation: 'children.search via dispatch (p50)',
    time: `${percentile(times, 50).toFixed(1)} ms`,
    throughput: `${Math.round(1000 / percentile(times, 50))} searches/s`,
    note: `${times.length} searches: variants, Bengali, filters, paging`,
  });
  rows.push({
    operation: 'children.search via dispatch (p95)',
    time: `${percentile(times, 95).toFixed(1)} ms`,
    throughput: '',
    note: 'first page of 100 rows plus the total count',
  });

  const seeded = seedCases(host, random(1098));
  if (seeded.seeded) {
    rows.push({
      operation: 'insert 5,000 cases + 60,000 entries',
      time: `${(seeded.ms / 1000).toFixed(2)} s`,
      throughput: '',
      note: 'one transaction, prepared statements',
    });
  }
  // Case workers were inserted directly (no password to log in with); the bench opens their session itself.
  const workerToken = sessionOf(host, "username = 'worker7'");
  rows.push(...(await caseLatency(host, workerToken, token)));
  host.close();
}

async function serveStartup(): Promise<void> {
  const dir = join(benchDir, 'serve-copy');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(cachedDb, join(dir, 'suraksha.sqlite'));
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'out/electron/serve.cjs'), '--port', '0', '--data', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`serve exited ${code}`)));
  });
  const response = await fetch(`${url}api/setup.status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  await response.json();
  const ms = performance.now() - started;
  child.kill('SIGTERM');
  rows.push({
    operation: 'npm run serve start → first API answer',
    time: `${ms.toFixed(0)} ms`,
    throughput: '',
    note: 'includes the first daily backup of the block database',
  });
}

/**
 * `npm run bench -- attendance` measures only the block and the attendance rows (the import against exceljs);
 * `npm run bench -- office` the block, the attendance rows and six users working while the import commits;
 * `npm run bench -- dashboard` only the home screen (on a copy of the block, seeded as the full run seeds it);
 * `npm run bench -- monthly` the home screen, then the monthly report and the home screen again on the block
 * with its departures and community work;
 * `npm run bench -- sponsorship` only the sponsorship ledger (its own five years, the batch payment and the reads
 * answering during it).
 */
const only = process.argv[2];

async function main(): Promise<void> {
  mkdirSync(benchDir, { recursive: true });
  if (only === 'sponsorship') {
    rows.push(...(await sponsorshipBench()));
    printTable();
    return;
  }
  await generateBlock();
  if (only === 'dashboard' || only === 'monthly') {
    rows.push(...(await dashboardBench({ root, cachedDb })));
    if (only === 'monthly') rows.push(...(await monthlyReportBench({ root, cachedDb })));
    printTable();
    return;
  }
  if (only !== 'attendance' && only !== 'office') await searchLatency();
  rows.push(...(await attendanceBench({ cachedDb, benchDir, migrationsFolder, root, random: random(404) })));
  if (only === 'office' || !only)
    rows.push(...(await officeBench({ root, cachedDb, benchDir, filesDir: join(benchDir, 'attendance-files', importMonth) })));
  if (only === 'office') {
    printTable();
    return;
  }
  if (only !== 'attendance') {
    rows.push(...(await sponsorshipBench()));
    rows.push(...(await safetynetBench({ root, cachedDb })));
    rows.push(...(await dashboardBench({ root, cachedDb })));
    rows.push(...(await monthlyReportBench({ root, cachedDb })));
    await serveStartup();
    const bytes = statSync(cachedDb).size;
    rows.push({
      operation: 'database size',
      time: `${(bytes / 1024 / 1024).toFixed(1)} MB`,
      throughput: `${Math.round(bytes / childCount)} bytes/child`,
      note: 'register, cases, 36 months of attendance and indexes',
    });
  }
  printTable();
}

function printTable(): void {
  const widths = (['operation', 'time', 'throughput', 'note'] as const).map((k) => Math.max(k.length, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(['operation', 'time', 'throughput', 'note']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line([r.operation, r.time, r.throughput, r.note]));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
