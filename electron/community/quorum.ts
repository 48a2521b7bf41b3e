/**
 * A committee meeting has its quorum when at least `percent` of the members on the roll that day
 * were present: half of 7 members is 3.5, so 4 must come; half of 6 is 3.
 */
export function quorumRequired(membersOnRoll: number, percent: number): number {
  if (membersOnRoll <= 0) return 0;
  return Math.max(1, Math.ceil((membersOnRoll * percent) / 100 - 1e-9));
}

export function hasQuorum(membersOnRoll: number, membersPresent: number, percent: number): boolean {
  return membersOnRoll > 0 && membersPresent >= quorumRequired(membersOnRoll, percent);
}

/** A member is on the roll on a day when they had joined by then and not yet left. */
export function onRollOn(member: { joinedOn: string; leftOn: string | null }, day: string): boolean {
  return member.joinedOn <= day && (member.leftOn === null || member.leftOn > day);
}
