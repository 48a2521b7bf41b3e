import PDFKitDocument from 'pdfkit';
import type { GlyphPosition } from 'harfbuzzjs';
import type { HarfBuzzShaper, LayoutFeatures, ShapedGlyph, ShapedRun } from './harfbuzzShaper';

/*
 * The two places where the engine reaches into pdfkit (pinned in dependencyPins.ts). pdfmake builds
 * its documents on pdfkit's PDFDocument and offers no hook of its own, so both are patched on
 * pdfkit's prototype; each acts only on fonts registered here and leaves any other text alone.
 *
 * 1. Shaping. pdfkit turns text into glyphs through fontkit's `font.layout()` and uses the result
 *    both to measure (pdfmake's line breaking) and to draw (`EmbeddedFont.encode`). fontkit 2.0.4
 *    gets Bengali wrong (broken "রবীন্দ্রনাথ", word-initial ে/ো inside words), so `font()` replaces
 *    `layout` on the fontkit font of each registered font file with HarfBuzz's shaping.
 * 2. Text extraction. Shaped Bengali is drawn in visual order (ি before its consonant) and through
 *    conjunct glyphs, which no ToUnicode map can read back. The text object that `_fragment()`
 *    writes for one run of one style is marked `/Span <</ActualText …>> BDC … EMC` with the logical
 *    text, which copy/paste, search and pdftotext use instead of the glyphs.
 */

interface FontkitFont {
  layout(text: string, features?: LayoutFeatures): ShapedRun;
}

/** pdfkit's EmbeddedFont: `font` is the fontkit font, `layout()` its result scaled to 1000/em. */
export interface PdfkitEmbeddedFont {
  // Partial: checked at run time before it is replaced.
  font: Partial<FontkitFont>;
  layout(text: string, features?: LayoutFeatures): { glyphs: ShapedGlyph[]; positions: GlyphPosition[]; advanceWidth: number };
}

interface PdfkitDocumentInternals {
  _font: PdfkitEmbeddedFont | null;
  font(this: PdfkitDocumentInternals, ...args: unknown[]): unknown;
  _fragment(this: PdfkitDocumentInternals, text: unknown, x: number, y: number, options: unknown): void;
  addContent(this: PdfkitDocumentInternals, data: string): unknown;
}

const shapers = new WeakMap<Uint8Array, HarfBuzzShaper>();
const shapedFonts = new WeakSet<object>();
let installed = false;

/** From now on, text set in the font made from exactly these bytes is shaped by `shaper`. */
export function shapeFontWithHarfBuzz(fontBytes: Uint8Array, shaper: HarfBuzzShaper): void {
  shapers.set(fontBytes, shaper);
}

function isDocumentInternals(value: unknown): value is PdfkitDocumentInternals {
  return (
    typeof value === 'object' &&
    value !== null &&
    'font' in value &&
    typeof value.font === 'function' &&
    '_fragment' in value &&
    typeof value._fragment === 'function' &&
    'addContent' in value &&
    typeof value.addContent === 'function'
  );
}

function isShapedFont(value: unknown): value is PdfkitEmbeddedFont {
  return typeof value === 'object' && value !== null && shapedFonts.has(value);
}

/** A PDF string holding text as UTF-16BE with a byte-order mark, as PDF text strings require. */
function utf16beHex(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

export function installPdfkitSeams(): void {
  if (installed) return;
  const prototype: unknown = (PDFKitDocument as unknown as { prototype: unknown }).prototype;
  if (!isDocumentInternals(prototype)) {
    throw new Error('PDF engine: pdfkit no longer has font(), _fragment() and addContent() where the engine expects them');
  }
  const originalFont = prototype.font;
  const originalFragment = prototype._fragment;

  prototype.font = function (this: PdfkitDocumentInternals, ...args: unknown[]): unknown {
    const result = originalFont.apply(this, args);
    const source = args[0];
    const shaper = source instanceof Uint8Array ? shapers.get(source) : undefined;
    const embedded = this._font;
    if (shaper !== undefined && embedded !== null && !shapedFonts.has(embedded)) {
      if (typeof embedded.font.layout !== 'function') throw new Error('PDF engine: pdfkit font has no fontkit layout() to replace');
      embedded.font.layout = (text, features) => shaper.shape(text, features);
      shapedFonts.add(embedded);
    }
    return result;
  };

  prototype._fragment = function (this: PdfkitDocumentInternals, text: unknown, x: number, y: number, options: unknown): void {
    // The same text pdfkit itself draws from this call.
    const drawn = String(text).replace(/\n/g, '');
    if (drawn === '' || !isShapedFont(this._font)) {
      originalFragment.call(this, text, x, y, options);
      return;
    }
    // The span goes inside BT … ET, not around the whole fragment: poppler places a span's text
    // using the graphics state at its EMC, and after pdfkit's closing Q that is the flipped page
    // matrix, which turns every word into its own line in reverse order.
    const span = `/Span <</ActualText ${utf16beHex(drawn)}>> BDC`;
    const addContent = this.addContent;
    this.addContent = function (this: PdfkitDocumentInternals, data: string): unknown {
      if (data === 'ET') addContent.call(this, 'EMC');
      addContent.call(this, data);
      if (data === 'BT') addContent.call(this, span);
      return this;
    };
    try {
      originalFragment.call(this, text, x, y, options);
    } finally {
      Reflect.deleteProperty(this, 'addContent');
    }
  };
  installed = true;
}

/**
 * pdfmake must draw with the very pdfkit class patched above; two copies (a nested node_modules, or
 * one bundled and one external) would silently lose the shaping, so each document is checked.
 */
export function assertDrawnByPatchedPdfkit(document: unknown): void {
  if (!(document instanceof (PDFKitDocument as unknown as new () => object))) {
    throw new Error('PDF engine: pdfmake is using a different copy of pdfkit than the one the engine patched');
  }
}

/** The font pdfmake made for a family and style in one document, as pdfkit lays text out with it. */
export function embeddedFontOf(document: unknown, family: string, bold: boolean): PdfkitEmbeddedFont {
  if (typeof document !== 'object' || document === null || !('provideFont' in document) || typeof document.provideFont !== 'function') {
    throw new Error('PDF engine: pdfmake document has no provideFont()');
  }
  const font: unknown = document.provideFont(family, bold, false);
  if (!isShapedFont(font)) throw new Error(`PDF engine: ${family} is not shaped by HarfBuzz in this document`);
  return font;
}
