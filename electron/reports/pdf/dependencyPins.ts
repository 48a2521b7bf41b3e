import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The exact versions whose internals the engine hooks into. pdfkit's `font()`, `_fragment()` and
 * EmbeddedFont layout path, fontkit's `font.layout()` result shape and pdfmake's `virtualfs` and
 * `provideFont()` are not public API: any other version may move them, and the failure would be
 * silently wrong glyphs rather than an error. Upgrading means re-reading those seams
 * (pdfkitSeams.ts), re-running tests/unit/pdf*.test.ts, then changing these numbers.
 */
const PINNED = { pdfmake: '0.3.11', pdfkit: '0.19.1', fontkit: '2.0.4' } as const;

// Source files run as ESM under vitest and as one CJS bundle under Electron or the serve host;
// both define __filename (vitest injects it), and Node's resolution from either place finds the
// same node_modules.
// Plain ESM runners (tsx scripts such as the bench) have no __filename; they run from the repo root.
const requireHere = createRequire(typeof __filename === 'string' ? __filename : `${process.cwd()}/package.json`);

function packageJsonAbove(entryFile: string, name: string): string {
  for (let dir = dirname(entryFile); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    try {
      const parsed: unknown = JSON.parse(readFileSync(candidate, 'utf8'));
      if (typeof parsed === 'object' && parsed !== null && 'name' in parsed && parsed.name === name) return candidate;
    } catch {
      // No package.json at this level: keep walking up.
    }
  }
  throw new Error(`PDF engine: cannot find the package.json of ${name} above ${entryFile}`);
}

function versionOf(packageJson: string): string {
  const parsed: unknown = JSON.parse(readFileSync(packageJson, 'utf8'));
  return typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string'
    ? parsed.version
    : 'unknown';
}

/**
 * Throws unless the pdfmake → pdfkit → fontkit chain on disk is the pinned one. Each package is
 * resolved from the one that loads it, so a nested copy of pdfkit under pdfmake is the one checked.
 * When pdfmake is bundled the check reads the node_modules the bundle was built from.
 */
export function assertPinnedVersions(): void {
  const pdfmakeJson = packageJsonAbove(requireHere.resolve('pdfmake'), 'pdfmake');
  const pdfkitJson = packageJsonAbove(createRequire(pdfmakeJson).resolve('pdfkit'), 'pdfkit');
  // fontkit's "exports" map hides its package.json, so find it above its entry file.
  const fontkitJson = packageJsonAbove(createRequire(pdfkitJson).resolve('fontkit'), 'fontkit');
  const found = { pdfmake: versionOf(pdfmakeJson), pdfkit: versionOf(pdfkitJson), fontkit: versionOf(fontkitJson) };
  const wrong = (Object.keys(PINNED) as (keyof typeof PINNED)[]).filter((name) => found[name] !== PINNED[name]);
  if (wrong.length > 0) {
    const detail = wrong.map((name) => `${name} ${found[name]} (engine written for ${PINNED[name]})`).join(', ');
    throw new Error(
      `PDF engine: unexpected ${detail}. The Bengali shaping hooks depend on these exact versions; ` +
        'check electron/reports/pdf/pdfkitSeams.ts against the new code before changing the pins.',
    );
  }
}
