import { translate, type Language } from '../api/messages';
import type { ExportedFile } from '../reports/excel/listWorkbook';
import { addReportSheet, newWorkbook } from '../sponsorship/reportWorkbook';
import { migrationPurposes } from '../shared/safetynetVocabulary';
import { ageBands, type MonthReport } from './monthReport';

function ddmmyyyy(iso: string | null): string {
  return iso ? iso.split('-').reverse().join('/') : '';
}

/** The departure's own number, for exports without names: SN-000123. */
export function departureNumber(id: number): string {
  return `SN-${String(id).padStart(6, '0')}`;
}

/**
 * The month's report as a workbook: the counts, the departures, the red flags, the overdue check-ins
 * and the agents, one sheet each. Without `withNames` nobody is named: a minor by child code, everyone
 * else by the departure's number.
 */
export async function monthReportWorkbook(
  report: MonthReport,
  language: Language,
  withNames: boolean,
  printed: string,
): Promise<ExportedFile> {
  const w = (key: string) => translate(language, `safetynet.${key}`);
  const who = (d: { id: number; name: string; childCode: string | null }) => (withNames ? d.name : (d.childCode ?? departureNumber(d.id)));
  const workbook = newWorkbook();
  const title = `${w('report.title')} ${report.month}${report.gramPanchayat ? ` · ${report.gramPanchayat}` : ''} — ${printed}`;
  const counts: { group: string; value: string; count: number }[] = [
    { group: w('report.total'), value: '', count: report.total },
    ...migrationPurposes.map((p) => ({ group: w('report.byPurpose'), value: w(`purposes.${p}`), count: report.byPurpose[p] })),
    ...report.byState.map((s) => ({ group: w('report.byState'), value: s.state, count: s.count })),
    ...(['female', 'male', 'other'] as const).map((s) => ({ group: w('report.bySex'), value: w(`sex.${s}`), count: report.bySex[s] })),
    ...ageBands.map((b) => ({ group: w('report.byAgeBand'), value: w(`ageBands.${b}`), count: report.byAgeBand[b] })),
  ];
  addReportSheet(workbook, {
    sheetName: w('report.summarySheet'),
    title,
    rows: counts,
    columns: [
      { header: w('report.group'), width: 24, value: (r) => r.group },
      { header: w('report.value'), width: 24, value: (r) => r.value },
      { header: w('report.count'), width: 10, value: (r) => r.count },
    ],
  });
  addReportSheet(workbook, {
    sheetName: w('report.departuresSheet'),
    title,
    rows: report.departures,
    columns: [
      { header: w('columns.person'), width: 24, value: who },
      { header: w('columns.sex'), width: 8, value: (r) => w(`sex.${r.sex}`) },
      { header: w('columns.age'), width: 6, value: (r) => r.age ?? w('notKnown') },
      { header: w('columns.village'), width: 18, value: (r) => r.village ?? w('notKnown') },
      { header: w('columns.gramPanchayat'), width: 18, value: (r) => r.gramPanchayat ?? w('notKnown') },
      { header: w('columns.leftOn'), width: 12, value: (r) => ddmmyyyy(r.leftOn) },
      { header: w('columns.purpose'), width: 14, value: (r) => w(`purposes.${r.purpose}`) },
      { header: w('columns.destination'), width: 24, value: (r) => [r.destPlace, r.destState].filter(Boolean).join(', ') },
      { header: w('columns.agent'), width: 20, value: (r) => r.agent ?? w('notKnown') },
      { header: w('columns.reportingPoint'), width: 22, value: (r) => r.reportingPoint },
      { header: w('columns.level'), width: 10, value: (r) => w(`levels.${r.level}`) },
      { header: w('columns.score'), width: 8, value: (r) => r.score },
      { header: w('columns.returned'), width: 12, value: (r) => ddmmyyyy(r.returnedOn) },
    ],
  });
  addReportSheet(workbook, {
    sheetName: w('report.redFlagsSheet'),
    title,
    rows: report.redFlags.flatMap((d) => d.flags.map((f) => ({ d, f }))),
    columns: [
      { header: w('columns.person'), width: 24, value: (r) => who(r.d) },
      { header: w('columns.level'), width: 10, value: (r) => w(`levels.${r.d.level}`) },
      { header: w('columns.score'), width: 8, value: (r) => r.d.score },
      { header: w('columns.flag'), width: 60, value: (r) => r.f.reason },
      { header: w('columns.weight'), width: 8, value: (r) => r.f.weight },
    ],
  });
  addReportSheet(workbook, {
    sheetName: w('report.overdueSheet'),
    title,
    rows: report.overdue,
    columns: [
      { header: w('columns.person'), width: 24, value: who },
      { header: w('columns.leftOn'), width: 12, value: (r) => ddmmyyyy(r.leftOn) },
      { header: w('columns.level'), width: 10, value: (r) => w(`levels.${r.level}`) },
      { header: w('columns.lastCheckIn'), width: 14, value: (r) => ddmmyyyy(r.lastCheckInOn) },
      { header: w('columns.nextCheckIn'), width: 14, value: (r) => ddmmyyyy(r.nextCheckInOn) },
    ],
  });
  addReportSheet(workbook, {
    sheetName: w('report.agentsSheet'),
    title,
    rows: report.agents,
    columns: [
      { header: w('columns.agent'), width: 26, value: (r) => r.name },
      { header: w('report.registered'), width: 12, value: (r) => (r.agentId !== null ? w('yes') : w('no')) },
      { header: w('report.departures'), width: 12, value: (r) => r.departures },
      { header: w('report.minors'), width: 10, value: (r) => r.minors },
      { header: w('report.high'), width: 10, value: (r) => r.high },
    ],
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: `safetynet-${report.month}${withNames ? '-names' : ''}.xlsx`, contentBase64: Buffer.from(buffer).toString('base64') };
}
