import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

// Where `npm run screenshots` puts its pictures, and how each is taken: a screen once it is quiet,
// a printed paper as the picture of its first page.

export const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

export async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${screenshotsDir}${name}.png` });
}

/** A PDF the API returned, as a PNG of its first page. */
export function pdfPage(contentBase64: string, name: string): void {
  const pdf = `${screenshotsDir}${name}.pdf`;
  writeFileSync(pdf, Buffer.from(contentBase64, 'base64'));
  execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, `${screenshotsDir}${name}`]);
  rmSync(pdf);
}
