import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { createReportPdf } from './engine';
import { REPORT_FONT } from './fontFiles';
import { assertDrawnByPatchedPdfkit, embeddedFontOf } from './pdfkitSeams';

/**
 * Renders a pdfmake document to PDF bytes, set in Noto Sans Bengali unless a style says otherwise
 * (only that family is registered), with every run shaped by HarfBuzz and extractable as text.
 * Images must be data URLs: the engine reads no files and fetches no URLs.
 */
export async function renderPdf(document: TDocumentDefinitions): Promise<Buffer> {
  const created = await createReportPdf(document);
  assertDrawnByPatchedPdfkit(await created.getStream());
  return created.getBuffer();
}

/** One glyph as the engine will draw it; advances and offsets in thousandths of the font size. */
export interface LaidOutGlyph {
  id: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

/**
 * The glyphs pdfkit measures and draws for `text` in a rendered document (the path pdfmake's line
 * breaking and pdfkit's encoder both take), so tests can hold them against HarfBuzz's own shaping.
 */
export async function glyphsForText(text: string, style: { bold?: boolean } = {}): Promise<LaidOutGlyph[]> {
  const document = await (await createReportPdf({ content: '' })).getStream();
  const { glyphs, positions } = embeddedFontOf(document, REPORT_FONT, style.bold ?? false).layout(text);
  return glyphs.map((glyph, index) => ({
    id: glyph.id,
    xAdvance: positions[index]?.xAdvance ?? 0,
    xOffset: positions[index]?.xOffset ?? 0,
    yOffset: positions[index]?.yOffset ?? 0,
  }));
}
