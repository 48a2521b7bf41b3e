import type { TFunction } from 'i18next';
import { auditDevice } from '../../../electron/shared/auditDevice';
import type { AuditFacts, AuditFactValue } from '../../../electron/shared/auditFacts';
import type { MessageKey } from '../../../electron/shared/problem';
import { formatDate, formatMoney, formatMonth, formatNumber } from '../../format';
import { labelFor } from './labels';

export interface AuditRow {
  action: string;
  entity: string | null;
  entityId: string | null;
  summary: string | null;
  facts: AuditFacts | null;
}

type Section =
  | 'auditFacts.modes'
  | 'auditFacts.accounts'
  | 'auditFacts.records'
  | 'cases.outcomes'
  | 'cases.types'
  | 'common.roles'
  | 'cases.authorities'
  | 'cases.referralStatuses'
  | 'cases.entryKinds'
  | 'attendance.followUp.findings'
  | 'sponsorship.statuses'
  | 'sponsorship.modes'
  | 'admin.audit.actions';

/** A code's word from a catalogue section, or '' when this version has none (never the code itself). */
function word(t: TFunction, section: Section, code: string): string {
  const labels: unknown = t(section, { returnObjects: true });
  const label = labelFor(labels, code);
  return label === code ? '' : label;
}

/** Which catalogue section names the codes of a fact (see shared/auditFacts.ts for the names). */
const vocabularies: Record<string, Section> = {
  mode: 'auditFacts.modes',
  account: 'auditFacts.accounts',
  fromAccount: 'auditFacts.accounts',
  toAccount: 'auditFacts.accounts',
  outcome: 'cases.outcomes',
  role: 'common.roles',
  authority: 'cases.authorities',
  referralStatus: 'cases.referralStatuses',
  entryKind: 'cases.entryKinds',
  finding: 'attendance.followUp.findings',
  sponsorshipStatus: 'sponsorship.statuses',
};

function factText(t: TFunction, name: string, value: AuditFactValue): string | number {
  if (value === null) return '';
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')
    return value.map((v) => (name === 'types' ? word(t, 'cases.types', v) || v : v)).join(', ');
  if (typeof value === 'boolean') return name === 'active' ? t(value ? 'auditFacts.active.yes' : 'auditFacts.active.no') : '';
  if (typeof value === 'number') {
    if (name === 'amountPaise') return formatMoney(value);
    return name === 'count' ? value : formatNumber(value);
  }
  const vocabulary = vocabularies[name];
  if (vocabulary) return word(t, vocabulary, value) || value;
  if (name === 'month') return formatMonth(value, 'long');
  if (name.endsWith('On') || name === 'upTo') return formatDate(value);
  return value;
}

/** The facts as the values of a sentence: money as ₹, codes as words, dates and months in the reader's digits. */
export function factValues(t: TFunction, facts: AuditFacts): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(facts)) values[name === 'amountPaise' ? 'amount' : name] = factText(t, name, value);
  return values;
}

const paise = /\b(\d+) paise\b/g;
const code = /\b[a-z]+(?:_[a-z0-9]+)+\b/g;

/**
 * An entry made before facts were kept: its stored English details, with amounts in paise shown
 * as money and the codes this version knows (local_bank, marriage_averted…) as words.
 */
function olderDetails(t: TFunction, summary: string): string {
  const sections: Section[] = ['auditFacts.accounts', 'cases.outcomes', 'cases.types', 'attendance.followUp.findings', 'sponsorship.modes'];
  return summary
    .replace(paise, (_, n: string) => formatMoney(Number(n)))
    .replace(code, (c) => sections.map((s) => word(t, s, c)).find((w) => w !== '') ?? c);
}

/** The Details column: the entry's sentence in the reader's language, or its stored details for an older entry. */
export function auditDetails(t: TFunction, row: AuditRow): string {
  // A login's stored details are only the username; the Who column already says whose.
  if (row.action === 'auth.login' || row.action === 'auth.logout' || row.action === 'auth.changePassword') return '';
  if (row.facts) {
    const text = t(`auditFacts.details.${row.action}` as MessageKey, { ...factValues(t, row.facts), defaultValue: '' });
    if (text) return text;
  }
  return row.summary ? olderDetails(t, row.summary) : '';
}

/** The Record column: what the entry is about, as a person names it ("Receipt BSH/2026-27/00003", "Case BSH/CASE/0004"). */
export function auditRecord(t: TFunction, row: AuditRow): string {
  if (!row.entity) return '';
  if (row.entity === 'method') {
    const tried = row.entityId ? word(t, 'admin.audit.actions', row.entityId) : '';
    return tried ? t('auditFacts.records.method', { ref: tried }) : '';
  }
  const facts = row.facts ?? {};
  const kind = typeof facts.refKind === 'string' ? facts.refKind : row.entity;
  const named = typeof facts.ref === 'string' ? facts.ref : typeof facts.name === 'string' ? facts.name : '';
  // An older entry holds only the table's row number, which no screen shows: the kind of record alone is said.
  const template = word(t, 'auditFacts.records', kind) || word(t, 'auditFacts.records', 'other');
  return template.replace('{{ref}}', named).trim();
}

/** The PC column: the paired PC's name, an unpaired PC's pairing attempt, or the host PC itself. */
export function deviceWord(t: TFunction, row: { action: string; deviceName: string | null }): string {
  const device = auditDevice(row);
  return device === 'host' ? t('devices.audit.hostPc') : device === 'unpaired' ? t('devices.audit.unpaired') : device.name;
}
