import { translate } from '../../api/messages';
import type { MonthlySection } from '../../shared/monthlyReport';
import { monthName } from '../../shared/reasonWords';
import { cellValue } from '../excel/cellText';
import type { ExportedFile } from '../excel/listWorkbook';
import ExcelJS from 'exceljs';
import type { MonthlyFigures } from './figures';
import type { PrintedCount } from './suppression';

type Language = 'en' | 'bn';

/** Rows of [label, value…] for one section: the same figures as the PDF, village cells suppressed alike. */
function sectionRows(section: MonthlySection, f: MonthlyFigures, language: Language): (string | number)[][] {
  const t = (key: string, values: Record<string, string | number> = {}) => translate(language, `monthlyReport.${key}`, values);
  const word = (key: string) => translate(language, key);
  const printed = (c: PrintedCount) => (c === 'lt5' ? '< 5' : c === 'hidden' ? '×' : c);
  const village = (v: string) => (v === '' ? t('words.noVillage') : v);
  switch (section) {
    case 'cover':
      return [
        [t('pdf.organisation'), f.cover.organisation],
        [t('pdf.office'), f.cover.officeName],
        [t('pdf.block'), f.cover.block],
        [t('pdf.district'), f.cover.district],
        [t('pdf.gramPanchayats'), f.cover.gramPanchayats.join(', ')],
        [t('pdf.month'), monthName(f.month, language)],
        [t('pdf.confidential')],
      ];
    case 'atAGlance': {
      const g = f.atAGlance;
      return [
        [t('glance.casesOpened'), g.casesOpened],
        [t('glance.casesClosed'), g.casesClosed],
        [t('glance.casesActive'), g.casesActive],
        [t('glance.marriagesAverted'), g.marriagesAverted],
        [t('glance.childrenFromLabour'), g.childrenFromLabour],
        [`— ${t('figures.withdrawn')}`, g.childrenWithdrawnFromWork],
        [`— ${t('figures.hoursReduced')}`, g.childrenWorkingHoursReduced],
        [t('glance.childrenBeforeCwc'), g.childrenBeforeCwc],
        [t('glance.childrenInSponsorship'), g.childrenInSponsorship],
        [`${t('glance.cpcMeetings')}: ${t('words.held')}`, g.cpcMeetingsHeld],
        [`${t('glance.cpcMeetings')}: ${t('words.due')}`, g.cpcMeetingsDue],
        [t('glance.childrenFlagged'), g.childrenFlagged],
      ];
    }
    case 'childMarriage': {
      const m = f.childMarriage;
      return [
        [t('figures.alerts')],
        ...Object.entries(m.alertsByReporter).map(([k, v]) => [word(`cases.reporterKinds.${k}`), v]),
        [t('figures.safetynet'), m.safetynetAlerts],
        [t('figures.stopped'), m.stopped],
        [t('figures.beforeCwc'), m.beforeCwc],
        ...m.followUps.map((u) => [t('figures.followUp', { months: u.monthsAgo }), u.averted, u.stillUnmarried, u.stillInSchool]),
        [t('figures.reported')],
        ...Object.entries(m.referrals.made).map(([k, v]) => [word(`cases.authorities.${k}`), v]),
        [t('figures.pcma')],
        [t('figures.underAge'), m.pcma.underAge],
        [t('figures.ofAge'), m.pcma.ofAge],
        [t('figures.ageUnknown'), m.pcma.unknown],
      ];
    }
    case 'referrals': {
      const r = f.referrals;
      return [
        [t('figures.referralsMade')],
        ...Object.entries(r.made).map(([k, v]) => [word(`cases.authorities.${k}`), v]),
        [t('words.total'), r.madeTotal],
        [t('figures.receivedChildline'), r.receivedFrom.childline],
        [t('figures.receivedPolice'), r.receivedFrom.police],
        [t('figures.pendingOver30'), r.pendingOver30Days],
      ];
    }
    case 'sponsorship': {
      const x = f.sponsorship;
      return [
        [t('figures.childrenSupported'), x.childrenSupported],
        [t('figures.familiesPaid'), x.familiesPaid],
        [t('figures.paid'), x.paidPaise / 100],
        [t('figures.familiesUnpaid'), x.familiesUnpaid],
        [t('figures.sponsorsInArrears'), x.sponsorsInArrears],
        [t('figures.arrears'), x.arrearsPaise / 100],
        [t('figures.started'), x.sponsorshipsStarted],
        [t('figures.ended'), x.sponsorshipsEnded],
        [t('figures.absentOver30'), x.absentOver30Days],
      ];
    }
    case 'migration': {
      const m = f.migration;
      return [
        [t('figures.departures'), m.departures],
        [t('figures.minors'), m.minors],
        ...Object.entries(m.byLevel).map(([k, v]) => [`${t('words.level')}: ${t(`departureLevels.${k}`)}`, v]),
        [t('figures.checkInsOverdue'), m.checkInsOverdue],
        [t('figures.returned'), m.returned],
        [t('figures.missing'), m.missing],
        [t('figures.traced'), m.traced],
        [t('words.purpose')],
        ...Object.entries(m.byPurpose).map(([k, v]) => [word(`safetynet.purposes.${k}`), v]),
        [t('words.state')],
        ...m.byState.map((x) => [x.state, x.count]),
      ];
    }
    case 'committees': {
      const c = f.committees;
      return [
        [
          t('words.level'),
          t('words.committees'),
          t('words.due'),
          t('words.dueHeld'),
          t('words.held'),
          t('words.present'),
          t('words.onRoll'),
          t('words.quorate'),
        ],
        ...c.byLevel.map((l) => [
          t(`levels.${l.level}`),
          l.committees,
          l.due,
          l.dueHeld,
          l.held,
          l.membersPresent,
          l.membersOnRoll,
          l.quorate,
        ]),
        [t('words.total'), '', c.due, c.dueHeld, c.held],
        [],
        [t('figures.actionPointsDone'), c.actionPointsDone],
        [t('figures.actionPointsDropped'), c.actionPointsDropped],
        [t('figures.actionPointsOpen'), c.actionPointsOpen],
        [t('figures.actionPointsOverdue'), c.actionPointsOverdue],
      ];
    }
    case 'awareness': {
      const a = f.awareness;
      return [
        [t('words.type'), t('words.activities'), t('words.female'), t('words.male'), t('words.other'), t('words.total')],
        ...a.activitiesByType.map((x) => [
          word(`community.activityTypes.${x.type}`),
          x.activities,
          x.participants.female,
          x.participants.male,
          x.participants.other,
          x.participants.total,
        ]),
        [
          t('words.total'),
          a.activitiesHeld,
          a.participantsBySex.female,
          a.participantsBySex.male,
          a.participantsBySex.other,
          a.participantsBySex.total,
        ],
        [],
        [t('figures.womenTrained'), a.communityWomenTrained],
        [t('figures.villagesReached'), a.villagesReached],
        [t('figures.schoolOfficials'), a.officialsMet.schoolOfficials],
        [t('figures.panchayatOfficers'), a.officialsMet.panchayatOfficers],
        [t('figures.policeOfficers'), a.officialsMet.policeOfficers],
      ];
    }
    case 'caseload':
      return [
        [t('words.caseType'), ...(f.caseload.byType.length ? Object.keys(f.caseload.totals).map((s) => t(`statuses.${s}`)) : [])],
        ...f.caseload.byType.map((r) => [
          word(`cases.types.${r.type}`),
          r.new,
          r.intervention,
          r.referred,
          r.beforeCwc,
          r.closed,
          r.followUp,
        ]),
        [t('words.total'), ...Object.values(f.caseload.totals)],
        [],
        [t('words.village'), ...Object.keys(f.caseload.totals).map((s) => t(`statuses.${s}`)), t('words.total')],
        ...f.caseload.byVillage.rows.map((r) => [village(r.village), ...r.cells.map(printed), printed(r.total)]),
        [t('words.total'), ...f.caseload.byVillage.columnTotals, f.caseload.byVillage.total],
        [t('pdf.lt5')],
      ];
    case 'schoolWarning': {
      const w = f.schoolWarning;
      return [
        [t('figures.schools'), w.schoolsOnRegister],
        [t('figures.registers'), `${w.registersImported} / ${w.registersExpected}`],
        [t('figures.childrenTracked'), w.childrenTracked],
        [t('figures.childrenFlagged'), w.childrenFlagged],
        ...Object.entries(w.flaggedByReason).map(([k, v]) => [t(`flagReasons.${k}`), v]),
        [t('figures.absent30'), w.absent30Days],
        [t('figures.visits'), w.visitsTotal],
        [t('figures.backInSchool'), w.backInSchool],
        [],
        [t('words.village'), t('words.female'), t('words.male'), t('words.other'), t('words.total')],
        ...w.flaggedByVillage.rows.map((r) => [village(r.village), ...r.cells.map(printed), printed(r.total)]),
        [t('words.total'), ...w.flaggedByVillage.columnTotals, w.flaggedByVillage.total],
        [t('pdf.lt5')],
      ];
    }
    case 'escalations':
      return [
        [t('words.caseNumber'), t('words.childCodes'), t('words.note')],
        ...f.escalations.cases.map((c) => [c.caseNumber, c.childCodes.join(', '), c.note]),
        [],
        [t('figures.nextMonthPlan'), f.escalations.nextMonthPlan],
      ];
  }
}

/** The report as a workbook: one sheet per section, in the report's order. */
export async function monthlyReportWorkbook(f: MonthlyFigures, sections: MonthlySection[], language: Language): Promise<ExportedFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Suraksha';
  sections.forEach((section, i) => {
    const name = `${i}. ${translate(language, `monthlyReport.sections.${section}`)}`.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    const sheet = workbook.addWorksheet(name);
    sheet.columns = [
      { width: 48 },
      { width: 14 },
      { width: 14 },
      { width: 14 },
      { width: 14 },
      { width: 14 },
      { width: 14 },
      { width: 14 },
    ];
    sheet.addRow([
      cellValue(
        translate(language, 'monthlyReport.excel.fileTitle', {
          section: translate(language, `monthlyReport.sections.${section}`),
          month: monthName(f.month, language),
        }),
      ),
    ]).font = {
      bold: true,
      size: 13,
    };
    for (const row of sectionRows(section, f, language)) sheet.addRow(row.map((v) => cellValue(v)));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { fileName: `monthly-report-${f.month}.xlsx`, contentBase64: Buffer.from(buffer).toString('base64') };
}
