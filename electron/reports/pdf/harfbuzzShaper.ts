import type { Buffer as HbBuffer, Feature as HbFeature, Font as HbFont, GlyphInfo, GlyphPosition } from 'harfbuzzjs';
import { scriptRuns } from './scriptRuns';

type HarfBuzz = typeof import('harfbuzzjs');

/** A glyph as pdfkit reads it from fontkit: id, nominal advance (font units), text it stands for. */
export interface ShapedGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** OpenType features in either of the forms fontkit's layout() accepts (pdfmake's fontFeatures). */
export type LayoutFeatures = string[] | Record<string, boolean> | undefined;

/**
 * Stands in for fontkit's GlyphRun, the value pdfkit's EmbeddedFont expects from font.layout().
 * Positions are HarfBuzz's, in font units; pdfkit scales every key of each one in place.
 */
export class ShapedRun {
  constructor(
    readonly glyphs: ShapedGlyph[],
    readonly positions: GlyphPosition[],
  ) {}

  // pdfkit scales the positions in place after layout() returns and only then reads the total, so
  // it is computed on demand, as fontkit's own GlyphRun does.
  get advanceWidth(): number {
    let total = 0;
    for (const position of this.positions) total += position.xAdvance;
    return total;
  }
}

// harfbuzzjs is ESM with a top-level await (it instantiates its WASM on import), which esbuild
// cannot put in a CJS bundle; a dynamic import keeps it a separate module that Node loads itself.
let loading: Promise<HarfBuzz> | undefined;
export function loadHarfBuzz(): Promise<HarfBuzz> {
  loading ??= import('harfbuzzjs');
  return loading;
}

/** Shapes text with HarfBuzz for one font file, returning runs in the form pdfkit consumes. */
export class HarfBuzzShaper {
  private readonly font: HbFont;
  // One buffer reused for every run: shaping is synchronous, and harfbuzzjs frees WASM memory only
  // when the garbage collector finalises its wrappers.
  private readonly buffer: HbBuffer;

  constructor(
    private readonly hb: HarfBuzz,
    fontBytes: Uint8Array,
  ) {
    this.font = new hb.Font(new hb.Face(new hb.Blob(fontBytes)));
    this.buffer = new hb.Buffer();
  }

  shape(text: string, features?: LayoutFeatures): ShapedRun {
    const hbFeatures = this.features(features);
    const glyphs: ShapedGlyph[] = [];
    const positions: GlyphPosition[] = [];
    for (const run of scriptRuns(text)) {
      this.buffer.reset();
      // The whole string goes in as context so shaping at the run's edges sees its neighbours.
      this.buffer.addText(text, run.start, run.end - run.start);
      this.buffer.guessSegmentProperties();
      this.hb.shape(this.font, this.buffer, hbFeatures);
      const infos = this.buffer.getGlyphInfos();
      const placed = this.buffer.getGlyphPositions();
      const texts = this.glyphTexts(text, infos, run.end);
      infos.forEach((info, index) => {
        glyphs.push({ id: info.codepoint, advanceWidth: this.font.glyphHAdvance(info.codepoint), codePoints: texts[index] ?? [] });
        positions.push(placed[index] ?? { xAdvance: 0, yAdvance: 0, xOffset: 0, yOffset: 0 });
      });
    }
    return new ShapedRun(glyphs, positions);
  }

  private features(features: LayoutFeatures): HbFeature[] {
    if (features === undefined) return [];
    const entries: [string, boolean][] = Array.isArray(features) ? features.map((tag) => [tag, true]) : Object.entries(features);
    return entries.map(([tag, on]) => new this.hb.Feature(tag, on ? 1 : 0));
  }

  /**
   * The text each glyph stands for, which pdfkit writes into the font's ToUnicode map. Viewers that
   * honour /ActualText never use it; for those that do not (pdf.js), a glyph that is the font's own
   * glyph for one of its cluster's characters gets that character, so a vowel sign reads as itself
   * wherever HarfBuzz moved it, and the rest of the cluster (a conjunct, a reph) goes to its first
   * other glyph. The map is per glyph, not per place, so this is as good as it can be there.
   */
  private glyphTexts(text: string, infos: GlyphInfo[], runEnd: number): number[][] {
    const texts: number[][] = infos.map(() => []);
    let first = 0;
    while (first < infos.length) {
      const cluster = infos[first]?.cluster ?? runEnd;
      let end = first;
      while (infos[end]?.cluster === cluster) end++;
      const unclaimed = [...text.slice(cluster, infos[end]?.cluster ?? runEnd)].map((char) => char.codePointAt(0) ?? 0);
      const others: number[] = [];
      for (let index = first; index < end; index++) {
        const own = unclaimed.findIndex((codePoint) => this.font.nominalGlyph(codePoint) === infos[index]?.codepoint);
        if (own >= 0) texts[index] = unclaimed.splice(own, 1);
        else others.push(index);
      }
      const holder = others[0] ?? first;
      texts[holder] = [...(texts[holder] ?? []), ...unclaimed];
      first = end;
    }
    return texts;
  }
}
