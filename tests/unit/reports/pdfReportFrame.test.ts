import { describe, expect, test } from 'vitest';
import { localDigits, printedDate, renderPdf, reportFrame, reportTableLayout, type ReportLanguage } from '../../../electron/reports/pdf';
import { BENGALI_SAMPLES } from '../../fixtures/pdf/bengaliSamples';
import { lines, pdfPages } from '../../fixtures/pdf/popplerText';

const OFFICE = {
  organisation: 'Society for Child Rights',
  officeName: 'Basirhat field office',
  block: 'Basirhat-I',
  district: 'North 24 Parganas',
};

function visitList(language: ReportLanguage, rows: number) {
  return reportFrame({
    language,
    office: OFFICE,
    title: language === 'bn' ? 'সাপ্তাহিক বাড়ি পরিদর্শনের তালিকা' : 'Home visits this week',
    date: '2025-08-05',
    content: {
      table: {
        headerRows: 1,
        widths: [40, '*', 90],
        body: [
          ['#', 'Name', 'Code'],
          ...Array.from({ length: rows }, (_, index) => [
            String(index + 1),
            BENGALI_SAMPLES[index % BENGALI_SAMPLES.length] ?? '',
            `BSH-${index}`,
          ]),
        ],
      },
      layout: reportTableLayout,
    },
  });
}

describe('report frame', () => {
  test.each([
    ['en', (page: number, pages: number) => `Page ${page} of ${pages}`, 'Date: 05/08/2025', 'Confidential'],
    [
      'bn',
      (page: number, pages: number) => `পৃষ্ঠা ${localDigits(String(page), 'bn')} / ${localDigits(String(pages), 'bn')}`,
      'তারিখ: ০৫/০৮/২০২৫',
      'গোপনীয়',
    ],
  ] as const)(
    'every page of a long %s document has the head, and its number of the total in the foot',
    async (language, pageLabel, dateLine, note) => {
      const pages = pdfPages(await renderPdf(visitList(language, 90)));
      expect(pages.length).toBeGreaterThanOrEqual(3);
      pages.forEach((pageText, index) => {
        const read = lines(pageText);
        expect(read).toContain(OFFICE.organisation);
        expect(read).toContain(dateLine);
        expect(read).toContain(note);
        expect(read).toContain(pageLabel(index + 1, pages.length));
      });
      const title = language === 'bn' ? 'সাপ্তাহিক বাড়ি পরিদর্শনের তালিকা' : 'Home visits this week';
      expect(pages.map((pageText) => lines(pageText).includes(title))).toEqual(pages.map((_, index) => index === 0));
    },
  );

  test('Bengali digits past nine', () => {
    expect(localDigits('Page 12 of 130', 'bn')).toBe('Page ১২ of ১৩০');
    expect(localDigits('12', 'en')).toBe('12');
  });

  test('dates are printed DD/MM/YYYY and must be real', () => {
    expect(printedDate('2025-12-31', 'en')).toBe('31/12/2025');
    expect(printedDate('2025-01-09', 'bn')).toBe('০৯/০১/২০২৫');
    for (const bad of ['2025-02-30', '2025-13-01', '31/12/2025', '']) {
      expect(() => printedDate(bad, 'en')).toThrow(/YYYY-MM-DD/);
    }
  });
});
