import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The one font family every report is set in: Noto Sans Bengali also carries Latin, digits and ₹. */
export const REPORT_FONT = 'NotoSansBengali';

export interface ReportFontFiles {
  regular: Buffer;
  bold: Buffer;
}

// The fonts ship as an npm dependency rather than being copied into the repo, so they are found by
// Node's module resolution: from the TS source (vitest injects __filename), from the bundled
// out/electron/*.cjs, and from inside the packaged app's asar, which electron-builder fills with
// the production dependencies.
// Plain ESM runners (tsx scripts such as the bench) have no __filename; they run from the repo root.
const requireHere = createRequire(typeof __filename === 'string' ? __filename : `${process.cwd()}/package.json`);

function fontFile(weight: '400Regular' | '700Bold'): Buffer {
  return readFileSync(requireHere.resolve(`@expo-google-fonts/noto-sans-bengali/${weight}/NotoSansBengali_${weight}.ttf`));
}

export function readReportFontFiles(): ReportFontFiles {
  return { regular: fontFile('400Regular'), bold: fontFile('700Bold') };
}
