import { describe, expect, it } from 'vitest';
import { currentAbsenceRun } from '../../../electron/sponsorship/absentChildren';

// Marks: one character per day (P present, A absent, L leave, D half day, H holiday, '.' no mark).
const october = 'PPPPPPPPPPPPPPPPPPPP.AAAAHAAAA.'; // present to the 20th, absent from the 22nd
const november = 'AAAAA.AAAAAA.AAAAAA.AAAAAAA.AA'; // absent all month, Sundays shut

describe('a sponsored child absent from school (Mission Vatsalya: more than 30 days in a row)', () => {
  it('counts the absence back across the month boundary to the last day present', () => {
    const run = currentAbsenceRun([
      { month: '2026-11', marks: november },
      { month: '2026-10', marks: october },
    ]);
    expect(run).toEqual({ since: '2026-10-22', through: '2026-11-30', schoolDays: 34, calendarDays: 40 });
  });

  it('is nothing when the newest marked day is a day present', () => {
    expect(currentAbsenceRun([{ month: '2026-11', marks: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAP.' }])).toBeNull();
  });

  it('a half day present ends the run', () => {
    const run = currentAbsenceRun([{ month: '2026-11', marks: 'PPPPPPPPPD.AAAAAAAAAAAAAAAAAAA' }]);
    expect(run).toMatchObject({ since: '2026-11-12', through: '2026-11-30', schoolDays: 19, calendarDays: 19 });
  });

  it('stops at a month with no register rather than guessing across it', () => {
    const run = currentAbsenceRun([
      { month: '2026-11', marks: november },
      { month: '2026-09', marks: 'A'.repeat(30) },
    ]);
    expect(run).toMatchObject({ since: '2026-11-01', calendarDays: 30 });
  });
});
