import type { TableCell } from 'pdfmake/interfaces';
import type { AuthedCtx } from '../api/types';
import { reportTableLayout, type ReportLanguage } from '../reports/pdf';
import type { ActivityFilter, ActivityRow } from './activityQuery';
import { communityPdf, documentWords } from './documentFrame';

/** The activities register for a period: each activity with its topics, facilitators and participants by sex. */
export function activitiesRegisterPdf(ctx: AuthedCtx, rows: ActivityRow[], filter: ActivityFilter, language: ReportLanguage) {
  const w = documentWords(language);
  const body: TableCell[][] = rows.map((r) => [
    { text: w.date(r.heldOn) },
    { text: w.word(`activityTypes.${r.type}`) },
    { text: [r.village, r.gramPanchayat].filter(Boolean).join(', ') },
    { text: [...r.topics.map((t) => w.word(`topics.${t}`)), ...(r.topicsNote ? [r.topicsNote] : [])].join(', ') },
    { text: r.facilitators },
    { text: w.n(r.total.female), alignment: 'right' },
    { text: w.n(r.total.male), alignment: 'right' },
    { text: w.n(r.total.total), alignment: 'right' },
  ]);
  const totals = rows.reduce(
    (s, r) => ({ female: s.female + r.total.female, male: s.male + r.total.male, total: s.total + r.total.total }),
    { female: 0, male: 0, total: 0 },
  );
  const period =
    filter.from || filter.to ? w.say('period', { from: w.date(filter.from ?? null), to: w.date(filter.to ?? null) }) : w.say('allDates');
  const head = [
    w.say('heldOn'),
    w.say('activity'),
    w.say('place'),
    w.say('topics'),
    w.say('facilitators'),
    w.say('female'),
    w.say('male'),
    w.say('total'),
  ];
  return communityPdf(ctx, {
    language,
    title: w.say('activitiesRegisterTitle'),
    subtitle: [period, filter.gramPanchayat].filter(Boolean).join(' · '),
    fileName: `activities-register-${filter.from ?? 'all'}-${language}.pdf`,
    landscape: true,
    content: rows.length
      ? {
          table: {
            headerRows: 1,
            widths: ['auto', 'auto', '*', '*', '*', 'auto', 'auto', 'auto'],
            body: [
              head.map((text) => ({ text, style: 'tableHeader' })),
              ...body,
              [
                { text: w.say('total'), bold: true, colSpan: 5 },
                {},
                {},
                {},
                {},
                { text: w.n(totals.female), bold: true, alignment: 'right' },
                { text: w.n(totals.male), bold: true, alignment: 'right' },
                { text: w.n(totals.total), bold: true, alignment: 'right' },
              ],
            ],
          },
          layout: reportTableLayout,
        }
      : { text: w.say('noActivities') },
  });
}
