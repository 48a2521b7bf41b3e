import { followUpFindings } from '../../attendance/findings';
import type { MonthlySection } from '../../shared/monthlyReport';
import { migrationPurposes } from '../../shared/safetynetVocabulary';
import type { MonthlyFigures } from './figures';
import { money, shownFigure, text, type ReportBlock, type ReportCell, type TableWords } from './reportTable';

type FieldSection = Exclude<MonthlySection, 'cover' | 'atAGlance' | 'caseload' | 'childMarriage' | 'referrals'>;

function sponsorship(f: MonthlyFigures, { t, figures }: TableWords): ReportBlock[] {
  const s = f.sponsorship;
  return [
    figures([
      [t('figures.childrenSupported'), s.childrenSupported],
      [t('figures.familiesPaid'), s.familiesPaid],
      [t('figures.paid'), money(s.paidPaise)],
      [t('figures.familiesUnpaid'), s.familiesUnpaid],
      [t('figures.sponsorsInArrears'), s.sponsorsInArrears],
      [t('figures.arrears'), money(s.arrearsPaise)],
      [t('figures.started'), s.sponsorshipsStarted],
      [t('figures.ended'), s.sponsorshipsEnded],
      [t('figures.absentOver30'), s.absentOver30Days],
    ]),
  ];
}

function schoolWarning(f: MonthlyFigures, { t, word, figures, villageTable }: TableWords): ReportBlock[] {
  const w = f.schoolWarning;
  const reasons = Object.keys(w.flaggedByReason) as (keyof typeof w.flaggedByReason)[];
  return [
    figures([
      [t('figures.schools'), w.schoolsOnRegister],
      [t('figures.registers'), text(t('figures.registersValue', { imported: w.registersImported, expected: w.registersExpected }))],
      [t('figures.childrenTracked'), w.childrenTracked],
      [t('figures.childrenFlagged'), shownFigure(f)('childrenFlagged', w.childrenFlagged)],
      // The reasons bound the total (each at most it, together at least it): withheld with it.
      ...reasons.map((k): [string, ReportCell] => [`— ${t(`flagReasons.${k}`)}`, shownFigure(f)('childrenFlagged', w.flaggedByReason[k])]),
      [t('figures.absent30'), w.absent30Days],
      [t('figures.backInSchool'), w.backInSchool],
    ]),
    figures(
      followUpFindings
        .filter((x) => w.visits[x] > 0)
        .map((x): [string, number] => [word(`attendance.followUp.findings.${x}`), w.visits[x]]),
      t('figures.visits'),
      [[t('words.total'), w.visitsTotal]],
    ),
    villageTable([t('words.female'), t('words.male'), t('words.other')], w.flaggedByVillage, t('figures.flaggedByVillage')),
  ];
}

function migration(f: MonthlyFigures, { t, word, figures }: TableWords): ReportBlock[] {
  const m = f.migration;
  return [
    figures([
      [t('figures.departures'), m.departures],
      [t('figures.minors'), m.minors],
      ...(['high', 'medium', 'low'] as const).map((l): [string, number] => [
        `${t('words.level')}: ${t(`departureLevels.${l}`)}`,
        m.byLevel[l],
      ]),
      [t('figures.checkInsOverdue'), m.checkInsOverdue],
      [t('figures.returned'), m.returned],
      [t('figures.missing'), m.missing],
      [t('figures.traced'), m.traced],
    ]),
    figures(
      migrationPurposes.map((x): [string, number] => [word(`safetynet.purposes.${x}`), m.byPurpose[x]]),
      t('words.purpose'),
      [[t('words.total'), m.departures]],
    ),
    ...(m.byState.length
      ? [
          figures(
            m.byState.map((s): [string, number] => [s.state, s.count]),
            t('words.state'),
          ),
        ]
      : []),
  ];
}

function committees(f: MonthlyFigures, { t, grid, figures }: TableWords): ReportBlock[] {
  const c = f.committees;
  const sum = (pick: (l: (typeof c.byLevel)[number]) => number) => c.byLevel.reduce((s, l) => s + pick(l), 0);
  return [
    grid(
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
      c.byLevel.map((l) => [t(`levels.${l.level}`), l.committees, l.due, l.dueHeld, l.held, l.membersPresent, l.membersOnRoll, l.quorate]),
      [
        [
          t('words.total'),
          sum((l) => l.committees),
          c.due,
          c.dueHeld,
          c.held,
          sum((l) => l.membersPresent),
          sum((l) => l.membersOnRoll),
          sum((l) => l.quorate),
        ],
      ],
    ),
    figures([
      [t('figures.actionPointsDone'), c.actionPointsDone],
      [t('figures.actionPointsDropped'), c.actionPointsDropped],
      [t('figures.actionPointsOpen'), c.actionPointsOpen],
      [t('figures.actionPointsOverdue'), c.actionPointsOverdue],
    ]),
  ];
}

function awareness(f: MonthlyFigures, { t, word, grid, figures }: TableWords): ReportBlock[] {
  const a = f.awareness;
  return [
    grid(
      [t('words.type'), t('words.activities'), t('words.female'), t('words.male'), t('words.other'), t('words.total')],
      a.activitiesByType.map((x) => [
        word(`community.activityTypes.${x.type}`),
        x.activities,
        x.participants.female,
        x.participants.male,
        x.participants.other,
        x.participants.total,
      ]),
      [
        [
          t('words.total'),
          a.activitiesHeld,
          a.participantsBySex.female,
          a.participantsBySex.male,
          a.participantsBySex.other,
          a.participantsBySex.total,
        ],
      ],
    ),
    figures([
      [t('figures.womenTrained'), a.communityWomenTrained],
      [t('figures.villagesReached'), a.villagesReached],
      [`${t('figures.officials')}: ${t('figures.schoolOfficials')}`, a.officialsMet.schoolOfficials],
      [`${t('figures.officials')}: ${t('figures.panchayatOfficers')}`, a.officialsMet.panchayatOfficers],
      [`${t('figures.officials')}: ${t('figures.policeOfficers')}`, a.officialsMet.policeOfficers],
    ]),
  ];
}

function escalations(f: MonthlyFigures, { t, word, paragraph }: TableWords): ReportBlock[] {
  const e = f.escalations;
  return [
    e.cases.length
      ? {
          kind: 'table',
          shape: 'notes',
          columns: [t('words.caseNumber'), t('words.childCodes'), t('words.note')],
          rows: e.cases.map((c) => [
            text(`${c.caseNumber}\n${c.types.map((x) => word(`cases.types.${x}`)).join(', ')}`),
            text(c.childCodes.join(', ')),
            text(c.note),
          ]),
          totals: [],
          footnotes: [],
        }
      : paragraph(t('figures.noEscalations')),
    paragraph(e.nextMonthPlan || t('words.nothing'), t('figures.nextMonthPlan')),
  ];
}

/** Sections 5–10: the programmes' tables (sponsorship, schools, SafetyNet, committees, awareness) and the escalations. */
export function fieldSectionTables(section: FieldSection, f: MonthlyFigures, w: TableWords): ReportBlock[] {
  switch (section) {
    case 'sponsorship':
      return sponsorship(f, w);
    case 'schoolWarning':
      return schoolWarning(f, w);
    case 'migration':
      return migration(f, w);
    case 'committees':
      return committees(f, w);
    case 'awareness':
      return awareness(f, w);
    case 'escalations':
      return escalations(f, w);
  }
}
