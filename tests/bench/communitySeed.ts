import type { Host } from '../../electron/host/host';

const benchNow = '2026-12-03T06:00:00.000Z';
const categories = ['school_principal', 'teacher', 'panchayat_member', 'panchayat_officer', 'police', 'anganwadi_worker'] as const;
const activityKinds = ['volunteer_training', 'cpc_training', 'sensitisation_school', 'sensitisation_police'] as const;

/** The months from January 2024 to November 2026: the block's three years of community work. */
function months(): string[] {
  const out: string[] = [];
  for (let y = 2024; y <= 2026; y++) for (let m = 1; m <= 12; m++) if (y < 2026 || m <= 11) out.push(`${y}-${String(m).padStart(2, '0')}`);
  return out;
}

/**
 * The block's community work at its real size, written straight into the tables (as an office would
 * have it after three years): 1,200 officials and 400 volunteers; a committee per village (200), per
 * GP (20) and the block's, each with 8 members, meeting most months with 6 present and 2 action
 * points; 60 activities a month with 10 named and 30 counted participants. And the check-ins the
 * departures' last check-in columns stand for, so SafetyNet's month-end counts read real rows.
 */
export function seedCommunity(host: Host, rand: () => number): { committees: number; meetings: number; activities: number } {
  const { sqlite } = host.database;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  let meetings = 0;
  let activities = 0;
  sqlite.transaction(() => {
    const person = sqlite.prepare(
      `INSERT INTO stakeholders (name, sex, category, gram_panchayat, village, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
    );
    const gps = Array.from({ length: 20 }, (_, i) => `GP ${i + 1}`);
    const stakeholders = Array.from({ length: 1_200 }, (_, i) =>
      Number(
        person.run(
          `Official ${i + 1}`,
          rand() < 0.4 ? 'female' : 'male',
          pick(categories),
          pick(gps),
          `Village ${i % 200}`,
          benchNow,
          benchNow,
        ).lastInsertRowid,
      ),
    );
    const volunteer = sqlite.prepare('INSERT INTO volunteers (name, villages, created_at, updated_at) VALUES (?, ?, ?, ?)');
    const volunteers = Array.from({ length: 400 }, (_, i) =>
      Number(volunteer.run(`Volunteer ${i + 1}`, `Village ${i % 200}`, benchNow, benchNow).lastInsertRowid),
    );

    const committee = sqlite.prepare(
      `INSERT INTO committees (name, level, area, gram_panchayat, formed_on, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, '2023-12-01', 1, ?, ?)`,
    );
    const member = sqlite.prepare(
      `INSERT INTO committee_members (committee_id, stakeholder_id, volunteer_id, role, joined_on, created_at) VALUES (?, ?, ?, ?, '2023-12-01', ?)`,
    );
    const list: { id: number; level: string; members: number[] }[] = [];
    const add = (name: string, level: string, area: string, gp: string | null) => {
      const id = Number(committee.run(name, level, area, gp, benchNow, benchNow).lastInsertRowid);
      const members = Array.from({ length: 8 }, (_, m) => {
        const asVolunteer = m % 3 === 0;
        return Number(
          member.run(
            id,
            asVolunteer ? null : pick(stakeholders),
            asVolunteer ? pick(volunteers) : null,
            m === 0 ? 'chairperson' : m === 1 ? 'convener' : 'member',
            benchNow,
          ).lastInsertRowid,
        );
      });
      list.push({ id, level, members });
    };
    for (let v = 0; v < 200; v++) add(`Village ${v} VLCPC`, 'village', `Village ${v}`, gps[v % 20] ?? null);
    for (const gp of gps) add(`${gp} GPCPC`, 'gram_panchayat', gp, gp);
    add('Block BLCPC', 'block', 'Block', null);

    const meeting = sqlite.prepare(
      `INSERT INTO committee_meetings (committee_id, held_on, place, members_on_roll, members_present, quorum_required, quorate, created_by, created_at)
       VALUES (?, ?, 'School', 8, ?, 4, ?, 1, ?)`,
    );
    const attendee = sqlite.prepare(
      'INSERT INTO meeting_attendees (meeting_id, member_id, stakeholder_id, volunteer_id) VALUES (?, ?, ?, ?)',
    );
    const memberPerson = sqlite.prepare('SELECT stakeholder_id AS s, volunteer_id AS v FROM committee_members WHERE id = ?');
    const point = sqlite.prepare(
      `INSERT INTO action_points (meeting_id, committee_id, what, who, due_on, status, closed_on, created_at, updated_at)
       VALUES (?, ?, 'Visit the family', 'Convener', ?, ?, ?, ?, ?)`,
    );
    const activity = sqlite.prepare(
      `INSERT INTO community_activities (type, held_on, village, gram_panchayat, facilitators, created_by, created_at) VALUES (?, ?, ?, ?, 'Field staff', 1, ?)`,
    );
    const participant = sqlite.prepare(
      'INSERT INTO community_activity_participants (activity_id, stakeholder_id, volunteer_id) VALUES (?, ?, ?)',
    );
    const headcount = sqlite.prepare('INSERT INTO community_activity_headcounts (activity_id, category, sex, count) VALUES (?, ?, ?, ?)');
    for (const month of months()) {
      for (const c of list) {
        // Village committees meet monthly most months; the others quarterly.
        if (c.level === 'village' ? rand() < 0.2 : !['01', '04', '07', '10'].includes(month.slice(5))) continue;
        const heldOn = `${month}-${String(5 + Math.floor(rand() * 20)).padStart(2, '0')}`;
        const present = 4 + Math.floor(rand() * 5);
        const id = Number(meeting.run(c.id, heldOn, present, present >= 4 ? 1 : 0, benchNow).lastInsertRowid);
        meetings += 1;
        for (const m of c.members.slice(0, present)) {
          const p = memberPerson.get(m) as { s: number | null; v: number | null };
          attendee.run(id, m, p.s, p.v);
        }
        for (let k = 0; k < 2; k++) {
          const due = `${month}-28`;
          const done = rand() < 0.7;
          point.run(id, c.id, due, done ? 'done' : 'open', done ? due : null, benchNow, benchNow);
        }
      }
      for (let a = 0; a < 60; a++) {
        const heldOn = `${month}-${String(1 + Math.floor(rand() * 27)).padStart(2, '0')}`;
        const type = pick(activityKinds);
        const id = Number(activity.run(type, heldOn, `Village ${Math.floor(rand() * 200)}`, pick(gps), benchNow).lastInsertRowid);
        activities += 1;
        for (let p = 0; p < 10; p++) {
          if (type === 'volunteer_training') participant.run(id, null, pick(volunteers));
          else participant.run(id, pick(stakeholders), null);
        }
        headcount.run(id, 'community_member', 'female', 18);
        headcount.run(id, 'community_member', 'male', 12);
      }
    }
    sqlite
      .prepare(
        `INSERT INTO departure_check_ins (departure_id, checked_on, method, outcome, created_by, created_at)
         SELECT id, last_check_in_on, 'phone', last_check_in_outcome, 1, ? FROM departures WHERE last_check_in_on IS NOT NULL`,
      )
      .run(benchNow);
  })();
  return { committees: 221, meetings, activities };
}
