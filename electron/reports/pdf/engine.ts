import pdfmake from 'pdfmake';
import type { TCreatedPdf, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { assertPinnedVersions } from './dependencyPins';
import { readReportFontFiles, REPORT_FONT } from './fontFiles';
import { HarfBuzzShaper, loadHarfBuzz } from './harfbuzzShaper';
import { installPdfkitSeams, shapeFontWithHarfBuzz } from './pdfkitSeams';

// Names in pdfmake's virtual file system. The fonts go in as the very Buffers registered for
// shaping: pdfmake hands those same objects to pdfkit's font(), which is how the seam knows them.
const REGULAR = 'suraksha/NotoSansBengali-Regular.ttf';
const BOLD = 'suraksha/NotoSansBengali-Bold.ttf';

interface VirtualFileSystem {
  writeFileSync(name: string, content: Buffer): void;
}

/** pdfmake's Node build keeps its virtual file system on the singleton; the typings omit it. */
function pdfmakeVirtualFileSystem(): VirtualFileSystem {
  const candidate: unknown = Reflect.get(pdfmake, 'virtualfs');
  const isVfs = (value: unknown): value is VirtualFileSystem =>
    typeof value === 'object' && value !== null && 'writeFileSync' in value && typeof value.writeFileSync === 'function';
  if (!isVfs(candidate)) throw new Error('PDF engine: pdfmake has no virtualfs to hold the report fonts');
  return candidate;
}

let starting: Promise<void> | undefined;

/** Loads HarfBuzz and the fonts and hooks pdfkit, once per process; later calls share the work. */
function startEngine(): Promise<void> {
  starting ??= (async () => {
    assertPinnedVersions();
    const hb = await loadHarfBuzz();
    const files = readReportFontFiles();
    shapeFontWithHarfBuzz(files.regular, new HarfBuzzShaper(hb, files.regular));
    shapeFontWithHarfBuzz(files.bold, new HarfBuzzShaper(hb, files.bold));
    installPdfkitSeams();
    const vfs = pdfmakeVirtualFileSystem();
    vfs.writeFileSync(REGULAR, files.regular);
    vfs.writeFileSync(BOLD, files.bold);
    // Reports are built from the database only: nothing is fetched or read from disk while
    // rendering, so a crafted image URL or path in a record cannot reach the network or files.
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
  })();
  return starting;
}

/**
 * pdfmake's createPdf() with the report font registered and made the default. The font table is
 * set on every call, in the same tick as createPdf() reads it, because pdfmake keeps it on a
 * process-wide singleton and rewrites its entries while rendering.
 */
export async function createReportPdf(definition: TDocumentDefinitions): Promise<TCreatedPdf> {
  await startEngine();
  const fonts: TFontDictionary = { [REPORT_FONT]: { normal: REGULAR, bold: BOLD, italics: REGULAR, bolditalics: BOLD } };
  pdfmake.setFonts(fonts);
  return pdfmake.createPdf({ ...definition, defaultStyle: { font: REPORT_FONT, ...definition.defaultStyle } });
}
