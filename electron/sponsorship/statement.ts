import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import {
  localDigits,
  printedDate,
  renderPdf,
  reportColours,
  reportFrame,
  reportTableLayout,
  type OfficeDetails,
  type ReportLanguage,
} from '../reports/pdf';
import { formatRupees } from '../shared/money';
import type { SponsorStatementData, StatementChild } from './statementData';
import { monthLabel, statementText, type StatementWords } from './statementText';

const summaryLayout: CustomTableLayout = {
  hLineWidth: (row, node) => (row === 0 ? 0 : row === node.table.body.length ? 0.75 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => reportColours.rule,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

interface Printing {
  language: ReportLanguage;
  words: StatementWords;
  money: (paise: number) => string;
  date: (iso: string) => string;
  digits: (text: string) => string;
}

/** A table's header row; the money columns (by index) align right like their figures. */
const header = (texts: string[], moneyColumns: number[]): TableCell[] =>
  texts.map((text, i) => ({ text, style: 'tableHeader', alignment: moneyColumns.includes(i) ? 'right' : 'left' }));

function balanceText(p: Printing, paise: number): string {
  if (paise > 0) return p.words.balanceDue(p.money(paise));
  if (paise < 0) return p.words.balanceAdvance(p.money(-paise));
  return p.words.balanceNil;
}

function summary(p: Printing, data: SponsorStatementData): Content {
  const line = (label: string, value: string, bold = false): TableCell[] => [
    { text: label, bold },
    { text: value, alignment: 'right', bold },
  ];
  return {
    table: {
      widths: ['*', 'auto'],
      body: [
        line(p.words.openingBalance(p.date(data.from)), balanceText(p, data.openingBalancePaise)),
        line(p.words.duesInPeriod, p.money(data.duesPaise)),
        line(p.words.totalReceived, p.money(data.totalReceivedPaise)),
        line(p.words.closingBalance(p.date(data.to)), balanceText(p, data.closingBalancePaise), true),
      ],
    },
    layout: summaryLayout,
    margin: [0, 0, 0, 4],
  };
}

function paymentsTable(p: Printing, data: SponsorStatementData): Content {
  if (data.payments.length === 0) return { text: p.words.noPayments, color: reportColours.muted };
  const c = p.words.paymentColumns;
  const rows: TableCell[][] = data.payments.map((pay) => [
    { text: p.date(pay.date) },
    { text: pay.cancellation ? p.words.reversalOf(pay.receiptNo) : pay.receiptNo },
    { text: pay.mode ? p.words.modes[pay.mode] : '' },
    { text: pay.reference ?? '' },
    { text: p.money(pay.amountPaise), alignment: 'right' },
  ]);
  return {
    table: {
      headerRows: 1,
      widths: ['auto', '*', 'auto', 'auto', 'auto'],
      body: [
        header([c.date, c.receiptNo, c.mode, c.reference, c.amount], [4]),
        ...rows,
        [
          { text: p.words.totalReceived, bold: true, colSpan: 4 },
          {},
          {},
          {},
          { text: p.money(data.totalReceivedPaise), bold: true, alignment: 'right' },
        ],
      ],
    },
    layout: reportTableLayout,
  };
}

function attendanceText(p: Printing, attendance: StatementChild['months'][number]['attendance']): string {
  if (!attendance) return p.words.attendanceUnknown;
  const present = attendance.presentHalves % 2 === 0 ? String(attendance.presentHalves / 2) : `${(attendance.presentHalves - 1) / 2}.5`;
  const percent = String(Math.round((attendance.presentHalves * 50) / attendance.daysOpen));
  return p.digits(p.words.attendance(present, String(attendance.daysOpen), percent));
}

function childSection(p: Printing, child: StatementChild, withAttendance: boolean): Content[] {
  const c = p.words.childColumns;
  const columns = [c.month, c.amount, c.mode, c.funding, ...(withAttendance ? [c.attendance] : [])];
  const rows: TableCell[][] = child.months.flatMap((m) => {
    const month = p.digits(monthLabel(m.month, p.words));
    const attendance: TableCell[] = withAttendance ? [{ text: attendanceText(p, m.attendance) }] : [];
    if (m.payments.length === 0) return [[{ text: month }, { text: '—', alignment: 'right' }, { text: '' }, { text: '' }, ...attendance]];
    return m.payments.map((pay, i): TableCell[] => [
      { text: i === 0 ? month : '' },
      { text: p.money(pay.amountPaise), alignment: 'right' },
      { text: pay.mode ? p.words.modes[pay.mode] : '' },
      { text: p.words.fundings[pay.funding] },
      ...(i === 0 ? attendance : withAttendance ? [{ text: '' }] : []),
    ]);
  });
  const blank = (n: number): TableCell[] => Array.from({ length: n }, () => ({ text: '' }));
  const sponsorshipLines: Content[] = child.sponsorships.map((s) => ({
    text: p.words.sponsorshipLine(
      p.words.purposes[s.purpose],
      p.money(s.monthlyPaise),
      p.digits(monthLabel(s.startMonth, p.words)),
      p.words.statuses[s.status],
    ),
    color: reportColours.muted,
    fontSize: 9,
  }));
  const table: Content =
    child.months.length === 0
      ? { text: p.words.noSupportYet, color: reportColours.muted, margin: [0, 4, 0, 0] }
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: withAttendance ? ['auto', 'auto', 'auto', '*', 'auto'] : ['auto', 'auto', 'auto', '*'],
            body: [
              header(columns, [1]),
              ...rows,
              [
                { text: p.words.totalToFamily, bold: true },
                { text: p.money(child.totalPaise), bold: true, alignment: 'right' },
                ...blank(columns.length - 2),
              ],
            ],
          },
          layout: reportTableLayout,
          margin: [0, 4, 0, 0],
        };
  const note: Content[] = child.progressNote
    ? [{ text: p.words.progressHeading, bold: true, margin: [0, 6, 0, 1] }, { text: child.progressNote }]
    : [];
  return [
    { text: p.words.childHeading(child.childCode, child.name), fontSize: 11, bold: true, margin: [0, 10, 0, 1] },
    ...sponsorshipLines,
    table,
    ...note,
  ];
}

/** The statement a sponsor receives: what they paid, what reached the family month by month, attendance, progress. */
export async function sponsorStatementPdf(input: {
  language: ReportLanguage;
  office: OfficeDetails;
  /** The day the statement is printed (YYYY-MM-DD). */
  printedOn: string;
  data: SponsorStatementData;
}): Promise<Buffer> {
  const { language, data } = input;
  const words = statementText[language];
  const p: Printing = {
    language,
    words,
    money: (paise) => formatRupees(paise, language),
    date: (iso) => printedDate(iso, language),
    digits: (text) => localDigits(text, language),
  };
  const withAttendance = data.children.some((c) => c.months.some((m) => m.attendance !== null));
  const content: Content = [
    {
      columns: [
        {
          width: '*',
          stack: [
            { text: words.to, color: reportColours.muted, fontSize: 9 },
            { text: data.sponsor.name, bold: true, fontSize: 12 },
            ...(data.sponsor.address ? [{ text: data.sponsor.address }] : []),
          ],
        },
        {
          width: 'auto',
          alignment: 'right',
          stack: [
            { text: words.sponsorCode, color: reportColours.muted, fontSize: 9 },
            { text: data.sponsor.code, bold: true, fontSize: 12 },
          ],
        },
      ],
      margin: [0, 0, 0, 6],
    },
    { text: words.summaryHeading, style: 'sectionHeading' },
    summary(p, data),
    { text: words.paymentsHeading, style: 'sectionHeading' },
    paymentsTable(p, data),
    { text: words.childrenHeading, style: 'sectionHeading' },
    ...(data.children.length === 0
      ? [{ text: words.noChildren, color: reportColours.muted }]
      : data.children.flatMap((child) => childSection(p, child, withAttendance))),
    ...(data.officeNote ? [{ text: words.officeNoteHeading, style: 'sectionHeading' }, { text: data.officeNote }] : []),
    { text: words.nameNote, fontSize: 8.5, color: reportColours.muted, margin: [0, 16, 0, 0] },
  ];
  return renderPdf(
    reportFrame({
      language,
      office: input.office,
      title: words.title,
      subtitle: words.period(p.date(data.from), p.date(data.to)),
      date: input.printedOn,
      footerNote: words.footer,
      content,
    }),
  );
}
