/**
 * What several specs and screenshot scripts do the same way: start a host on a fixed day or for a
 * screenshot script, import registers through the API, the import preview's row of a file, the
 * school form, the brick-kiln case a school reports.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { ApiInput } from '../../electron/api/contract';
import { freshDataDir, startServeHost, type RunningHost } from './host';
import { api, basirhatOffice } from './pages';
import { screenshotsDir } from './screenshotFiles';

/** The serve host with its calendar on `today` (SURAKSHA_TODAY), so the test does not depend on the day it runs. */
export async function startServeHostOn(today: string, dataDir: string = freshDataDir()): Promise<RunningHost> {
  process.env.SURAKSHA_TODAY = today;
  try {
    return await startServeHost(dataDir);
  } finally {
    delete process.env.SURAKSHA_TODAY;
  }
}

export interface ScreenshotOffice {
  host: RunningHost;
  url: string;
  /** The page's own requests: the office's set-up logs its administrator in, in this browser. */
  r: APIRequestContext;
}

/**
 * A screenshot script's start: time for every screen, the screenshots folder, a host on a fresh data
 * folder, the window of an office PC (1366 × 768) where `officeScreen`, and the office set up through the
 * API unless `setUp` is false (a script that shows the set-up screen first).
 */
export async function screenshotOffice(
  page: Page,
  { officeScreen = false, setUp = true, timeout = 300_000 }: { officeScreen?: boolean; setUp?: boolean; timeout?: number } = {},
): Promise<ScreenshotOffice> {
  test.setTimeout(timeout);
  mkdirSync(screenshotsDir, { recursive: true });
  if (officeScreen) await page.setViewportSize({ width: 1366, height: 768 });
  const host = await startServeHost(freshDataDir());
  const r = page.request;
  if (setUp) await api(r, host.url, 'setup.initialize', basirhatOffice);
  return { host, url: host.url, r };
}

/** First start: open the host and fill the set-up form's office fields in as the Basirhat office (the administrator's fields are the test's own). */
export async function fillSetupOffice(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Organisation').fill(basirhatOffice.organisation);
  await page.getByLabel('Office name').fill(basirhatOffice.officeName);
  await page.getByLabel('Office code').fill(basirhatOffice.officeCode);
  await page.getByLabel('District').fill(basirhatOffice.district);
  await page.getByLabel('Block or municipality').fill(basirhatOffice.block);
}

/** Imports register files as a script would: the preview, then its commit. */
export async function importFiles(r: APIRequestContext, url: string, files: { name: string; contentBase64: string }[]): Promise<void> {
  const preview = await api<{ previewId: string }>(r, url, 'attendance.preview', { files });
  await api(r, url, 'attendance.commit', { previewId: preview.previewId });
}

/** A file's own row of the import preview (not the rows of its opened details, which name it too). */
export function fileRow(page: Page, name: string): Locator {
  const toggle = page.getByRole('button', { name: new RegExp(`^(Show|Hide) details of ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  return page.getByRole('table', { name: 'Files to import' }).getByRole('row').filter({ has: toggle });
}

/** What a file's row of the preview says, cell by cell. */
export interface FileRowCells {
  /** The details opened (▼) rather than shut (▶). */
  open?: boolean;
  /** The school and how it was found. */
  school: RegExp;
  month: string;
  /** Children, new, matched, unclear, missing since last month, unmarked days, problems. */
  counts: readonly string[];
  status: string;
}

export async function expectFileRow(page: Page, name: string, row: FileRowCells): Promise<void> {
  await expect(fileRow(page, name).getByRole('cell')).toHaveText([
    row.open ? '▼' : '▶',
    name,
    row.school,
    row.month,
    ...row.counts,
    row.status,
  ]);
}

/** A school as the user fills the Add school form in: the type is the option's English label ('Primary', 'Secondary'…). */
export async function fillSchoolForm(
  page: Page,
  form: Locator,
  school: { name: string; udise: string; type: string; gramPanchayat: string; village: string },
): Promise<void> {
  await form.getByLabel('School name').fill(school.name);
  await form.getByLabel('UDISE code').fill(school.udise);
  await form.getByLabel('Type of school').click();
  await page.getByRole('option', { name: school.type, exact: true }).click();
  await form.getByLabel('Gram Panchayat or ward').fill(school.gramPanchayat);
  await form.getByLabel('Village').fill(school.village);
}

/** The school's report of a boy seen working at the brick kiln on school days, with its first action. */
export function brickKilnCase(childId: number): ApiInput<'cases.create'> {
  return {
    types: ['child_labour'],
    childIds: [childId],
    reporterKind: 'school',
    reporterName: 'Head teacher',
    reportedOn: '2026-11-25',
    summary: 'Seen working at the brick kiln on school days.',
    riskLevel: 'medium',
    riskReason: 'Works at a brick kiln',
    firstAction: { description: 'Meet the kiln owner with the labour inspector', dueOn: '2026-11-28' },
  };
}
