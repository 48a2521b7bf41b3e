import type { AuditFacts, AuditFactValue } from './auditFacts';
import { formatRupees } from './money';
import { dateIn, digitsFor, monthIn, numberIn, type WordsLanguage } from './words';

/**
 * The audit log in the reader's language, from an entry's facts (see auditFacts.ts): the same words
 * on the audit screen and in its Excel export. `t` is the i18next lookup of the app's catalogues:
 * a key with values (`count` picks the plural, `context` a variant), or a section's words as an
 * object with `returnObjects`.
 */
export type AuditTranslate = (key: string, options?: Record<string, unknown>) => unknown;

export interface AuditRow {
  action: string;
  entity: string | null;
  entityId: string | null;
  summary: string | null;
  facts: AuditFacts | null;
}

/** A code's word from a catalogue section, or '' when this version has none (never the code itself). */
function word(t: AuditTranslate, section: string, code: string): string {
  const labels = t(section, { returnObjects: true });
  if (labels && typeof labels === 'object' && Object.hasOwn(labels, code)) {
    const label: unknown = (labels as Record<string, unknown>)[code];
    if (typeof label === 'string') return label;
  }
  return '';
}

/** Which catalogue section names the codes of a fact (see auditFacts.ts for the names). */
const vocabularies: Record<string, string> = {
  mode: 'auditFacts.modes',
  account: 'auditFacts.accounts',
  fromAccount: 'auditFacts.accounts',
  toAccount: 'auditFacts.accounts',
  language: 'auditFacts.languages',
  setting: 'auditFacts.settings',
  format: 'auditFacts.formats',
  list: 'community.exports',
  outcome: 'cases.outcomes',
  role: 'common.roles',
  authority: 'cases.authorities',
  referralStatus: 'cases.referralStatuses',
  entryKind: 'cases.entryKinds',
  consentFrom: 'cases.consent.from',
  consentMethod: 'cases.consent.methods',
  waiver: 'cases.consent.waivers',
  finding: 'attendance.followUp.findings',
  sponsorshipStatus: 'sponsorship.statuses',
  category: 'community.categories',
  level: 'community.levels',
  memberRole: 'community.roles',
  activityType: 'community.activityTypes',
  pointStatus: 'community.pointStatus',
  pointKind: 'safetynet.pointKinds',
  checkInMethod: 'safetynet.checkInMethods',
  checkInOutcome: 'safetynet.checkInOutcomes',
  returnCondition: 'safetynet.returnConditions',
  riskLevel: 'safetynet.levels',
  fromLevel: 'safetynet.levels',
  toLevel: 'safetynet.levels',
};

/** Lists whose items are codes: case types, and the details changed on a record. */
const listVocabularies: Record<string, string> = { types: 'cases.types', fields: 'auditFacts.fields' };

function factText(t: AuditTranslate, lang: WordsLanguage, name: string, value: AuditFactValue): string | number {
  if (value === null) return '';
  if (typeof value === 'boolean') {
    const answer = value ? 'yes' : 'no';
    return String(t(name === 'active' ? `auditFacts.active.${answer}` : `auditFacts.flags.${name}.${answer}`, { defaultValue: '' }));
  }
  if (typeof value === 'number') {
    if (name === 'amountPaise') return formatRupees(value, lang);
    // A count stays a number, so that it picks the sentence's plural; the catalogue writes it in the reader's digits.
    return name === 'count' ? value : numberIn(value, lang);
  }
  if (typeof value !== 'string') {
    const section = listVocabularies[name];
    return value.map((v) => (section ? word(t, section, v) || v : v)).join(', ');
  }
  const vocabulary = vocabularies[name];
  if (vocabulary) return word(t, vocabulary, value) || value;
  if (name === 'month') return monthIn(value, 'long', lang);
  if (name.endsWith('On') || name === 'upTo') return dateIn(value, lang);
  if (name === 'financialYear') return digitsFor(value, lang);
  return value;
}

/** The facts as the values of a sentence: money as ₹, codes as words, dates and months in the reader's digits. */
export function factValues(t: AuditTranslate, lang: WordsLanguage, facts: AuditFacts): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(facts)) values[name === 'amountPaise' ? 'amount' : name] = factText(t, lang, name, value);
  return values;
}

const paise = /\b(\d+) paise\b/g;
const code = /\b[a-z]+(?:_[a-z0-9]+)+\b/g;

/**
 * An entry made before facts were kept: its stored English details, with amounts in paise shown
 * as money and the codes this version knows (local_bank, marriage_averted…) as words.
 */
function olderDetails(t: AuditTranslate, lang: WordsLanguage, summary: string): string {
  const sections = ['auditFacts.accounts', 'cases.outcomes', 'cases.types', 'attendance.followUp.findings', 'sponsorship.modes'];
  return summary
    .replace(paise, (_, n: string) => formatRupees(Number(n), lang))
    .replace(code, (c) => sections.map((s) => word(t, s, c)).find((w) => w !== '') ?? c);
}

/**
 * The Details column: the entry's sentence in the reader's language, or its stored details for an
 * entry made before facts were kept. An entry with facts and an empty sentence says all in its
 * action and record (a login, a case file read).
 */
export function auditDetails(t: AuditTranslate, lang: WordsLanguage, row: AuditRow): string {
  if (row.facts) {
    const { variant, ...facts } = row.facts;
    const options: Record<string, unknown> = { ...factValues(t, lang, facts), defaultValue: '' };
    if (typeof variant === 'string') options.context = variant;
    return String(t(`auditFacts.details.${row.action}`, options));
  }
  // An older login's stored details are only the username; the Who column already says whose.
  if (row.action === 'auth.login' || row.action === 'auth.logout' || row.action === 'auth.changePassword') return '';
  return row.summary ? olderDetails(t, lang, row.summary) : '';
}

/** The Record column: what the entry is about, as a person names it ("Receipt BSH/2026-27/00003", "Case BSH/CASE/0004"). */
export function auditRecord(t: AuditTranslate, lang: WordsLanguage, row: AuditRow): string {
  if (!row.entity) return '';
  if (row.entity === 'method') {
    const tried = row.entityId ? word(t, 'admin.audit.actions', row.entityId) : '';
    return tried ? String(t('auditFacts.records.method', { ref: tried })) : '';
  }
  const facts = row.facts ?? {};
  const kind = typeof facts.refKind === 'string' ? facts.refKind : row.entity;
  const named =
    typeof facts.ref === 'string'
      ? facts.ref
      : typeof facts.name === 'string'
        ? facts.name
        : typeof facts.month === 'string'
          ? monthIn(facts.month, 'long', lang)
          : '';
  // An older entry holds only the table's row number, which no screen shows: the kind of record alone is said.
  const template = word(t, 'auditFacts.records', kind) || word(t, 'auditFacts.records', 'other');
  return template.replace('{{ref}}', named).trim();
}
