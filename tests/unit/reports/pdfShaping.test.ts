import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFKitDocument from 'pdfkit';
import { describe, expect, test } from 'vitest';
import { glyphsForText, type LaidOutGlyph } from '../../../electron/reports/pdf';
import { scriptRuns } from '../../../electron/reports/pdf/scriptRuns';
import { BENGALI_SAMPLES } from '../../fixtures/pdf/bengaliSamples';

const WEIGHTS = { regular: '400Regular', bold: '700Bold' } as const;

function readFont(weight: keyof typeof WEIGHTS): Buffer {
  const file = `@expo-google-fonts/noto-sans-bengali/${WEIGHTS[weight]}/NotoSansBengali_${WEIGHTS[weight]}.ttf`;
  return readFileSync(createRequire(import.meta.url).resolve(file));
}
const FONTS = { regular: readFont('regular'), bold: readFont('bold') };
const fontBytes = (weight: keyof typeof WEIGHTS): Buffer => FONTS[weight];

/** HarfBuzz's own answer for the whole string, scaled like pdfkit's text space (1000 per em). */
async function harfbuzzGlyphs(text: string, bytes: Buffer): Promise<LaidOutGlyph[]> {
  const hb = await import('harfbuzzjs');
  const face = new hb.Face(new hb.Blob(bytes));
  const font = new hb.Font(face);
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const scale = 1000 / face.upem;
  const positions = buffer.getGlyphPositions();
  return buffer.getGlyphInfos().map((info, index) => ({
    id: info.codepoint,
    xAdvance: (positions[index]?.xAdvance ?? 0) * scale,
    xOffset: (positions[index]?.xOffset ?? 0) * scale,
    yOffset: (positions[index]?.yOffset ?? 0) * scale,
  }));
}

/** What pdfkit draws without the engine: fontkit's shaping, in a font the engine never saw. */
function fontkitShaping(bytes: Buffer): (text: string) => number[] {
  const document = new PDFKitDocument({ autoFirstPage: false });
  document.font(Buffer.from(bytes));
  const font: unknown = Reflect.get(document, '_font');
  const layout: unknown = typeof font === 'object' && font !== null ? Reflect.get(font, 'layout') : undefined;
  if (typeof layout !== 'function') throw new Error('pdfkit font has no layout()');
  return (text) => {
    const run: unknown = layout.call(font, text);
    const glyphs: unknown = typeof run === 'object' && run !== null ? Reflect.get(run, 'glyphs') : undefined;
    if (!Array.isArray(glyphs)) throw new Error('pdfkit layout() returned no glyphs');
    return glyphs.map((glyph: unknown) => Number(typeof glyph === 'object' && glyph !== null ? Reflect.get(glyph, 'id') : NaN));
  };
}

describe('glyphs in the PDF engine are HarfBuzz’s', () => {
  for (const weight of ['regular', 'bold'] as const) {
    test.each(BENGALI_SAMPLES)(`%s (${weight})`, async (text) => {
      const engine = await glyphsForText(text, { bold: weight === 'bold' });
      expect(engine).toEqual(await harfbuzzGlyphs(text, fontBytes(weight)));
    });
  }

  test('English text', async () => {
    const text = 'Child Welfare Committee, ₹1,23,456.00 (AVAST)';
    expect(await glyphsForText(text)).toEqual(await harfbuzzGlyphs(text, fontBytes('regular')));
  });

  test('a Bengali suffix on an English word is shaped as Bengali', async () => {
    // "DCPO-কে" is one word to pdfkit; shaped whole, HarfBuzz would take the first letter's script
    // (Latin) for all of it and leave ে after its consonant.
    const ids = async (text: string) => (await harfbuzzGlyphs(text, fontBytes('regular'))).map((glyph) => glyph.id);
    const engine = (await glyphsForText('DCPO-কে')).map((glyph) => glyph.id);
    expect(engine).toEqual([...(await ids('DCPO-')), ...(await ids('কে'))]);
    expect(engine).not.toEqual(await ids('DCPO-কে'));
  });

  test('the samples tell HarfBuzz from stock fontkit, so the checks above can fail', async () => {
    const fontkit = fontkitShaping(fontBytes('regular'));
    const fontkitWrong: string[] = [];
    for (const text of BENGALI_SAMPLES) {
      const harfbuzz = (await harfbuzzGlyphs(text, fontBytes('regular'))).map((glyph) => glyph.id);
      if (JSON.stringify(harfbuzz) !== JSON.stringify(fontkit(text))) fontkitWrong.push(text);
    }
    expect(fontkitWrong).toEqual(expect.arrayContaining(['রবীন্দ্রনাথ', 'বাল্যবিবাহ প্রতিরোধ']));
  });
});

describe('script runs', () => {
  test('cut between Bengali and Latin, keeping digits and punctuation with their neighbours', () => {
    const text = 'BSH-০১২ কেস, ID 7';
    expect(scriptRuns(text).map((run) => text.slice(run.start, run.end))).toEqual(['BSH-', '০১২ কেস, ', 'ID 7']);
  });

  test('one run for text in one script', () => {
    expect(scriptRuns('প্রিয়া মণ্ডল।')).toEqual([{ start: 0, end: 'প্রিয়া মণ্ডল।'.length }]);
  });
});
