import { authorities, caseOutcomes, reporterKinds } from '../../shared/caseVocabulary';
import { caseloadStatuses, reportAgeBands, type MonthlySection } from '../../shared/monthlyReport';
import { monthName } from '../../shared/reasonWords';
import { printedDate, type ReportLanguage } from '../pdf/localNumbers';
import type { MonthlyFigures } from './figures';
import { shownFigure, text, tableWords, type ReportBlock, type ReportCell, type TableWords } from './reportTable';
import { fieldSectionTables } from './fieldSectionTables';

/** Who the cover names as having prepared the report: the signer of a closed version, or the reader of a draft. */
export interface Prepared {
  by: string;
  on: string;
}

function cover(f: MonthlyFigures, prepared: Prepared, w: TableWords, language: ReportLanguage): ReportBlock[] {
  const { t, figures } = w;
  const table = figures([
    [t('pdf.organisation'), text(f.cover.organisation)],
    [t('pdf.office'), text(f.cover.officeName)],
    [t('pdf.block'), text(f.cover.block)],
    [t('pdf.district'), text(f.cover.district)],
    [t('pdf.gramPanchayats'), text(f.cover.gramPanchayats.join(', ') || '—')],
    [t('pdf.month'), text(monthName(f.month, language))],
    [t('pdf.preparedBy'), text(prepared.by)],
    [t('pdf.preparedOn'), text(printedDate(prepared.on, language))],
  ]);
  return [{ ...table, footnotes: [t('pdf.confidential')] }];
}

function atAGlance(f: MonthlyFigures, { t, figures }: TableWords): ReportBlock[] {
  const g = f.atAGlance;
  const shown = shownFigure(f);
  return [
    figures([
      [t('glance.casesOpened'), shown('casesOpened', g.casesOpened)],
      [t('glance.casesClosed'), shown('status.closed', g.casesClosed)],
      [t('glance.casesActive'), shown('casesActive', g.casesActive)],
      [t('glance.marriagesAverted'), shown('marriagesAverted', g.marriagesAverted)],
      [t('glance.childrenFromLabour'), g.childrenFromLabour],
      [`— ${t('figures.withdrawn')}`, g.childrenWithdrawnFromWork],
      [`— ${t('figures.hoursReduced')}`, g.childrenWorkingHoursReduced],
      [t('glance.childrenBeforeCwc'), g.childrenBeforeCwc],
      [t('glance.childrenInSponsorship'), g.childrenInSponsorship],
      [t('glance.cpcMeetings'), text(t('glance.cpcMeetingsValue', { held: g.cpcMeetingsHeld, due: g.cpcMeetingsDue }))],
      [t('glance.childrenFlagged'), shown('childrenFlagged', g.childrenFlagged)],
    ]),
  ];
}

function caseload(f: MonthlyFigures, w: TableWords): ReportBlock[] {
  const { t, word, n, figures, grid, villageTable } = w;
  const c = f.caseload;
  const statusHeads = caseloadStatuses.map((s) => t(`statuses.${s}`));
  const ages = reportAgeBands.map((b) => (b === 'unknown' ? t('words.unknownAge') : b.replace(/\d+/g, (d) => n(Number(d)))));
  const sexes = ['female', 'male', 'other'] as const;
  const bySex = sexes.map((s) => reportAgeBands.map((b) => c.children.bySexAndAge[s][b]));
  const shown = shownFigure(f);
  // A status's column by type goes with its total: the types' counts bound it. Only the types with a count printed are listed.
  const status = (s: (typeof caseloadStatuses)[number], value: number) => shown(`status.${s}`, value);
  const printedStatus = (s: (typeof caseloadStatuses)[number]) => !(f.caseload.byVillage.withheld ?? []).includes(`status.${s}`);
  const withOutcomes = (o: (typeof caseOutcomes)[number]) => (o === 'marriage_averted' ? 'marriagesAverted' : 'outcomes');
  // Withheld, the outcomes' rows go with their total (they add up to it), but for the marriages averted, printed in section 1.
  const printedOutcomes = !(f.caseload.byVillage.withheld ?? []).includes('outcomes');
  return [
    grid(
      [t('words.caseType'), ...statusHeads],
      c.byType
        .filter((r) => caseloadStatuses.some((s) => printedStatus(s) && r[s] > 0))
        .map((r) => [word(`cases.types.${r.type}`), ...caseloadStatuses.map((s) => status(s, r[s]))]),
      [[t('words.total'), ...caseloadStatuses.map((s) => status(s, c.totals[s]))]],
      t('figures.casesInMonth'),
    ),
    grid(
      [t('words.sex'), ...ages, t('words.total')],
      sexes.map((s, i) => [t(`words.${s}`), ...(bySex[i] ?? []), (bySex[i] ?? []).reduce((a, b) => a + b, 0)]),
      [[t('words.total'), ...reportAgeBands.map((_, b) => bySex.reduce((a, r) => a + (r[b] ?? 0), 0)), c.children.total]],
      t('figures.childrenInCases'),
    ),
    villageTable(statusHeads, c.byVillage, `${t('figures.casesInMonth')} · ${t('words.village')}`),
    figures(
      caseOutcomes
        .filter((o) => c.outcomes.byOutcome[o] > 0 && (withOutcomes(o) === 'marriagesAverted' || printedOutcomes))
        .map((o): [string, ReportCell] => [word(`cases.outcomes.${o}`), shown(withOutcomes(o), c.outcomes.byOutcome[o])]),
      t('figures.outcomesClosed'),
      [[t('words.total'), shown('outcomes', c.outcomes.closed)]],
    ),
  ];
}

function childMarriage(f: MonthlyFigures, w: TableWords): ReportBlock[] {
  const { t, word, n, figures } = w;
  const m = f.childMarriage;
  return [
    figures(
      [
        ...reporterKinds.map((k): [string, number] => [word(`cases.reporterKinds.${k}`), m.alertsByReporter[k]]),
        [t('figures.safetynet'), m.safetynetAlerts],
      ],
      t('figures.alerts'),
    ),
    figures([
      [t('figures.stopped'), shownFigure(f)('marriagesAverted', m.stopped)],
      [t('figures.beforeCwc'), m.beforeCwc],
      ...m.followUps.map((u): [string, ReturnType<typeof text>] => [
        t('figures.followUp', { months: u.monthsAgo }),
        text(`${n(u.averted)} / ${n(u.stillUnmarried)} / ${n(u.stillInSchool)}`),
      ]),
    ]),
    figures(
      authorities
        .filter((a) => m.referrals.made[a] > 0)
        .map((a): [string, number] => [word(`cases.authorities.${a}`), m.referrals.made[a]]),
      t('figures.reported'),
      [[t('words.total'), m.referrals.madeTotal]],
    ),
    // A version closed before FIRs were recorded reprints as it was signed: without the row.
    ...(typeof m.firs === 'number' ? [figures([[t('figures.firs'), m.firs]])] : []),
    figures(
      [
        [t('figures.underAge'), m.pcma.underAge],
        [t('figures.ofAge'), m.pcma.ofAge],
        [t('figures.ageUnknown'), m.pcma.unknown],
      ],
      t('figures.pcma'),
    ),
  ];
}

function referrals(f: MonthlyFigures, { t, word, figures }: TableWords): ReportBlock[] {
  const r = f.referrals;
  return [
    figures(
      authorities.map((a): [string, number] => [word(`cases.authorities.${a}`), r.made[a]]),
      t('figures.referralsMade'),
      [[t('words.total'), r.madeTotal]],
    ),
    figures([
      [t('figures.receivedChildline'), r.receivedFrom.childline],
      [t('figures.receivedPolice'), r.receivedFrom.police],
      [t('figures.pendingOver30'), r.pendingOver30Days],
    ]),
  ];
}

/**
 * The tables of one section, in the report's language: what both the PDF and the workbook print.
 * Children appear only as counts, and in the escalations by code (JJ Act s.74).
 */
export function sectionTables(section: MonthlySection, f: MonthlyFigures, language: ReportLanguage, prepared: Prepared): ReportBlock[] {
  const w = tableWords(language);
  switch (section) {
    case 'cover':
      return cover(f, prepared, w, language);
    case 'atAGlance':
      return atAGlance(f, w);
    case 'caseload':
      return caseload(f, w);
    case 'childMarriage':
      return childMarriage(f, w);
    case 'referrals':
      return referrals(f, w);
    default:
      return fieldSectionTables(section, f, w);
  }
}
