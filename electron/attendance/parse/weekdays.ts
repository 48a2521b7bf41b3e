/**
 * Weekday names as registers write them beside or under the day numbers, in either script, so that
 * "1 Mon" reads as day 1 and a row of "Mo Tu We…" or "সোম মঙ্গল…" reads as the weekday row.
 */

/** Monday to Saturday, short and long: the names every reader knows. */
export const workdayNames: readonly string[] = [
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'সোম',
  'মঙ্গল',
  'বুধ',
  'বৃহস্পতি',
  'শুক্র',
  'শনি',
  'সোমবার',
  'মঙ্গলবার',
  'বুধবার',
  'বৃহস্পতিবার',
  'শুক্রবার',
  'শনিবার',
].map((w) => w.normalize('NFC'));

/** Sunday, short and long. */
export const sundayNames: readonly string[] = ['sun', 'sunday', 'রবি', 'রবিবার'].map((w) => w.normalize('NFC'));
