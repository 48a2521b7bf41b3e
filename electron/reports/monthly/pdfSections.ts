import type { Content } from 'pdfmake/interfaces';
import { translate } from '../../api/messages';
import { authorities, caseOutcomes, reporterKinds } from '../../shared/caseVocabulary';
import { caseloadStatuses, reportAgeBands, type MonthlySection } from '../../shared/monthlyReport';
import { migrationPurposes } from '../../shared/safetynetVocabulary';
import { formatRupees } from '../../shared/money';
import { followUpFindings } from '../../attendance/findings';
import type { MonthlyFigures } from './figures';
import type { Printer } from './pdfTables';

type Language = 'en' | 'bn';

/** The body of each section 1–10 (the cover is apart): tables of counts, children by code only. */
export function sectionBody(section: Exclude<MonthlySection, 'cover'>, f: MonthlyFigures, p: Printer, language: Language): Content {
  const { t, figureTable, grid, villageGrid, subheading } = p;
  const word = (key: string) => translate(language, key);
  const sexes = [t('words.female'), t('words.male'), t('words.other')];
  switch (section) {
    case 'atAGlance': {
      const g = f.atAGlance;
      return figureTable([
        [t('glance.casesOpened'), g.casesOpened],
        [t('glance.casesClosed'), g.casesClosed],
        [t('glance.casesActive'), g.casesActive],
        [t('glance.marriagesAverted'), g.marriagesAverted],
        [t('glance.childrenFromLabour'), g.childrenFromLabour],
        [t('glance.childrenBeforeCwc'), g.childrenBeforeCwc],
        [t('glance.childrenInSponsorship'), g.childrenInSponsorship],
        [t('glance.cpcMeetings'), t('glance.cpcMeetingsValue', { held: g.cpcMeetingsHeld, due: g.cpcMeetingsDue })],
        [t('glance.childrenFlagged'), g.childrenFlagged],
      ]);
    }
    case 'caseload': {
      const c = f.caseload;
      const statusHeads = caseloadStatuses.map((s) => t(`statuses.${s}`));
      const ages = reportAgeBands.map((b) => (b === 'unknown' ? t('words.unknownAge') : b.replace(/\d+/g, (d) => p.n(Number(d)))));
      const sexRows = (['female', 'male', 'other'] as const).map((s, i) => [
        sexes[i] ?? s,
        ...reportAgeBands.map((b) => c.children.bySexAndAge[s][b]),
        reportAgeBands.reduce((sum, b) => sum + c.children.bySexAndAge[s][b], 0),
      ]);
      return [
        subheading(t('figures.casesInMonth')),
        grid(
          [t('words.caseType'), ...statusHeads],
          [
            ...c.byType
              .filter((r) => caseloadStatuses.some((s) => r[s] > 0))
              .map((r) => [word(`cases.types.${r.type}`), ...caseloadStatuses.map((s) => r[s])]),
            [t('words.total'), ...caseloadStatuses.map((s) => c.totals[s])],
          ],
          { totalRow: true },
        ),
        subheading(t('figures.childrenInCases')),
        grid(
          [t('words.sex'), ...ages, t('words.total')],
          [
            ...sexRows,
            [
              t('words.total'),
              ...reportAgeBands.map((b) => sexRows.reduce((s, r) => s + Number(r[reportAgeBands.indexOf(b) + 1]), 0)),
              c.children.total,
            ],
          ],
          {
            totalRow: true,
          },
        ),
        subheading(t('figures.casesInMonth') + ' · ' + t('words.village')),
        villageGrid(statusHeads, c.byVillage),
        subheading(t('figures.outcomesClosed')),
        figureTable([
          ...caseOutcomes
            .filter((o) => c.outcomes.byOutcome[o] > 0)
            .map((o): [string, number] => [word(`cases.outcomes.${o}`), c.outcomes.byOutcome[o]]),
          [t('words.total'), c.outcomes.closed],
        ]),
      ];
    }
    case 'childMarriage': {
      const m = f.childMarriage;
      return [
        subheading(t('figures.alerts')),
        figureTable([
          ...reporterKinds.map((k): [string, number] => [word(`cases.reporterKinds.${k}`), m.alertsByReporter[k]]),
          [t('figures.safetynet'), m.safetynetAlerts],
        ]),
        figureTable([
          [t('figures.stopped'), m.stopped],
          [t('figures.beforeCwc'), m.beforeCwc],
          ...m.followUps.map((u): [string, string] => [
            t('figures.followUp', { months: u.monthsAgo }),
            `${p.n(u.averted)} / ${p.n(u.stillUnmarried)} / ${p.n(u.stillInSchool)}`,
          ]),
        ]),
        subheading(t('figures.reported')),
        figureTable(
          authorities
            .filter((a) => m.referrals.made[a] > 0)
            .map((a): [string, number] => [word(`cases.authorities.${a}`), m.referrals.made[a]])
            .concat([[t('words.total'), m.referrals.madeTotal]]),
        ),
        subheading(t('figures.pcma')),
        figureTable([
          [t('figures.underAge'), m.pcma.underAge],
          [t('figures.ofAge'), m.pcma.ofAge],
          [t('figures.ageUnknown'), m.pcma.unknown],
        ]),
      ];
    }
    case 'referrals': {
      const r = f.referrals;
      return [
        subheading(t('figures.referralsMade')),
        figureTable([
          ...authorities.map((a): [string, number] => [word(`cases.authorities.${a}`), r.made[a]]),
          [t('words.total'), r.madeTotal],
        ]),
        figureTable([
          [t('figures.receivedChildline'), r.receivedFrom.childline],
          [t('figures.receivedPolice'), r.receivedFrom.police],
          [t('figures.pendingOver30'), r.pendingOver30Days],
        ]),
      ];
    }
    case 'sponsorship': {
      const s = f.sponsorship;
      return figureTable([
        [t('figures.childrenSupported'), s.childrenSupported],
        [t('figures.familiesPaid'), s.familiesPaid],
        [t('figures.paid'), formatRupees(s.paidPaise, language)],
        [t('figures.familiesUnpaid'), s.familiesUnpaid],
        [t('figures.sponsorsInArrears'), s.sponsorsInArrears],
        [t('figures.arrears'), formatRupees(s.arrearsPaise, language)],
        [t('figures.started'), s.sponsorshipsStarted],
        [t('figures.ended'), s.sponsorshipsEnded],
        [t('figures.absentOver30'), s.absentOver30Days],
      ]);
    }
    case 'schoolWarning': {
      const w = f.schoolWarning;
      return [
        figureTable([
          [t('figures.schools'), w.schoolsOnRegister],
          [t('figures.registers'), t('figures.registersValue', { imported: w.registersImported, expected: w.registersExpected })],
          [t('figures.childrenTracked'), w.childrenTracked],
          [t('figures.childrenFlagged'), w.childrenFlagged],
          ...(Object.keys(w.flaggedByReason) as (keyof typeof w.flaggedByReason)[]).map((k): [string, number] => [
            `— ${t(`flagReasons.${k}`)}`,
            w.flaggedByReason[k],
          ]),
          [t('figures.absent30'), w.absent30Days],
          [t('figures.backInSchool'), w.backInSchool],
        ]),
        subheading(t('figures.visits')),
        figureTable([
          ...followUpFindings
            .filter((x) => w.visits[x] > 0)
            .map((x): [string, number] => [word(`attendance.followUp.findings.${x}`), w.visits[x]]),
          [t('words.total'), w.visitsTotal],
        ]),
        subheading(t('figures.flaggedByVillage')),
        villageGrid(sexes, w.flaggedByVillage),
      ];
    }
    case 'migration': {
      const m = f.migration;
      return [
        figureTable([
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
        subheading(t('words.purpose')),
        figureTable(migrationPurposes.map((x): [string, number] => [word(`safetynet.purposes.${x}`), m.byPurpose[x]])),
        ...(m.byState.length
          ? [subheading(t('words.state')), figureTable(m.byState.map((s): [string, number] => [s.state, s.count]))]
          : []),
      ];
    }
    case 'committees': {
      const c = f.committees;
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
          [
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
            [
              t('words.total'),
              c.byLevel.reduce((s, l) => s + l.committees, 0),
              c.due,
              c.dueHeld,
              c.held,
              c.byLevel.reduce((s, l) => s + l.membersPresent, 0),
              c.byLevel.reduce((s, l) => s + l.membersOnRoll, 0),
              c.byLevel.reduce((s, l) => s + l.quorate, 0),
            ],
          ],
          { totalRow: true },
        ),
        figureTable([
          [t('figures.actionPointsDone'), c.actionPointsDone],
          [t('figures.actionPointsDropped'), c.actionPointsDropped],
          [t('figures.actionPointsOpen'), c.actionPointsOpen],
          [t('figures.actionPointsOverdue'), c.actionPointsOverdue],
        ]),
      ];
    }
    case 'awareness': {
      const a = f.awareness;
      return [
        grid(
          [t('words.type'), t('words.activities'), ...sexes, t('words.total')],
          [
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
          ],
          { totalRow: true },
        ),
        figureTable([
          [t('figures.womenTrained'), a.communityWomenTrained],
          [t('figures.villagesReached'), a.villagesReached],
          [`${t('figures.officials')}: ${t('figures.schoolOfficials')}`, a.officialsMet.schoolOfficials],
          [`${t('figures.officials')}: ${t('figures.panchayatOfficers')}`, a.officialsMet.panchayatOfficers],
          [`${t('figures.officials')}: ${t('figures.policeOfficers')}`, a.officialsMet.policeOfficers],
        ]),
      ];
    }
    case 'escalations': {
      const e = f.escalations;
      return [
        e.cases.length
          ? {
              table: {
                headerRows: 1,
                dontBreakRows: true,
                widths: [80, 110, '*'],
                body: [
                  [t('words.caseNumber'), t('words.childCodes'), t('words.note')].map((h) => ({ text: h, style: 'tableHeader' })),
                  ...e.cases.map((c) => [
                    { text: `${c.caseNumber}\n${c.types.map((x) => word(`cases.types.${x}`)).join(', ')}`, fontSize: 9 },
                    { text: c.childCodes.join(', '), fontSize: 9 },
                    { text: c.note, fontSize: 9 },
                  ]),
                ],
              },
              layout: 'lightHorizontalLines',
              margin: [0, 0, 0, 8],
            }
          : { text: t('figures.noEscalations'), margin: [0, 0, 0, 8] },
        subheading(t('figures.nextMonthPlan')),
        { text: e.nextMonthPlan || t('words.nothing'), margin: [0, 0, 0, 8] },
      ];
    }
  }
}
