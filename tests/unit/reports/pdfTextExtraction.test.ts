import { describe, expect, test } from 'vitest';
import { renderPdf, reportTableLayout } from '../../../electron/reports/pdf';
import { BENGALI_SAMPLES } from '../../fixtures/pdf/bengaliSamples';
import { lines, pdfPages } from '../../fixtures/pdf/popplerText';

const ENGLISH = 'The Child Welfare Committee met on 15/08/2025 (₹1,23,456.00).';
const MIXED = 'রিপোর্ট DCPO-কে পাঠানো হয়েছে।';

describe('pdftotext reads back what was written', () => {
  test('Bengali and English paragraphs, in regular and bold', async () => {
    const pdf = await renderPdf({
      content: [
        { text: ENGLISH },
        { text: MIXED },
        ...BENGALI_SAMPLES.map((text) => ({ text })),
        ...BENGALI_SAMPLES.map((text) => ({ text, bold: true })),
        { text: `${ENGLISH} ${BENGALI_SAMPLES.join(' ')}` },
      ],
    });
    const [page, ...others] = pdfPages(pdf);
    expect(others).toEqual([]);
    const read = lines(page ?? '');
    expect(read.slice(0, 2)).toEqual([ENGLISH, MIXED]);
    for (const text of BENGALI_SAMPLES) {
      expect(read.filter((line) => line === text)).toHaveLength(2);
    }
    // The long mixed paragraph wraps; joined back, its words are all there in order.
    expect(read.slice(2 + 2 * BENGALI_SAMPLES.length).join(' ')).toBe(`${ENGLISH} ${BENGALI_SAMPLES.join(' ')}`);
  });

  test('table cells', async () => {
    const pdf = await renderPdf({
      content: {
        table: {
          headerRows: 1,
          widths: [40, '*', 'auto'],
          body: [['No.', 'নাম / Name', 'Village'], ...BENGALI_SAMPLES.map((text, index) => [String(index + 1), text, 'Hasnabad'])],
        },
        layout: reportTableLayout,
      },
    });
    const rows = lines(pdfPages(pdf, { layout: true }).join('\n')).map((line) => line.split(/\s{2,}/));
    expect(rows[0]).toEqual(['No.', 'নাম / Name', 'Village']);
    expect(rows.slice(1)).toEqual(BENGALI_SAMPLES.map((text, index) => [String(index + 1), text, 'Hasnabad']));
  });
});
