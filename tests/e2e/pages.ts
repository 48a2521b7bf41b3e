import { execFileSync } from 'node:child_process';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { password } from '../fixtures/office';

// What every end-to-end spec does the same way: call the API as a script would, log in and out
// through the screens, switch the language, read a downloaded PDF as text.

export { basirhatOffice, password } from '../fixtures/office';

/** Calls one API method over HTTP, as the screens do; a refusal fails the test with its error body. */
export async function api<T = { id: number }>(request: APIRequestContext, url: string, method: string, data: unknown): Promise<T> {
  const response = await request.post(`${url}api/${method}`, { data });
  const body = (await response.json()) as { result: T; error?: unknown };
  if (!response.ok()) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

export interface LogInOptions {
  password?: string;
  /** The browser's clock on this day, so "today" in a form is the host's today (SURAKSHA_TODAY). */
  today?: string;
  /** False when the login screen is already open (after setup or logging out). */
  open?: boolean;
  /** False to stop after pressing "Log in" (a refused login). */
  expectIn?: boolean;
}

export async function logIn(page: Page, url: string, username: string, options: LogInOptions = {}): Promise<void> {
  if (options.today) await page.clock.setFixedTime(new Date(`${options.today}T10:00:00`));
  if (options.open !== false) await page.goto(url);
  await page.getByLabel('Username').fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(options.password ?? password);
  await page.getByRole('button', { name: 'Log in' }).click();
  if (options.expectIn !== false) await expect(page.getByRole('button', { name: /^(Log out|লগ আউট)$/ })).toBeVisible();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Log out|লগ আউট)$/ }).click();
  await expect(page.getByLabel(/^(Username|ইউজারনেম|ব্যবহারকারীর নাম)$/)).toBeVisible();
}

/** The PDF's text as pdftotext gives it (a user's copy-paste); `layout` keeps the columns apart. */
export function pdfText(path: string, layout = false): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}
