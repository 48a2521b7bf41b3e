import { devicesAuditDetails } from './devices';
/**
 * The audit log in the app's own words: one sentence per kind of entry, filled from the entry's
 * facts (electron/shared/auditFacts.ts), and the name of the record it is about. An entry without
 * facts (made before they were kept) shows its stored details instead.
 */
export const auditFacts = {
  details: {
    conflict: 'Not saved: someone else had saved it first (now version {{version}}); their save was kept',
    ...devicesAuditDetails,
    ledger: {
      receive: '{{amount}} {{mode}} into {{account}}, from {{sponsor}}',
      reverse: 'Cancels {{ref}}: {{reason}}',
      transfer: '{{amount}} from {{fromAccount}} to {{toAccount}}, on {{valueOn}}',
      expense: '{{amount}} from {{account}}: {{description}}',
      raiseDues_one: '{{count}} monthly due raised, up to {{month}}',
      raiseDues_other: '{{count}} monthly dues raised, up to {{month}}',
      disburse_one: '{{count}} family paid for {{month}}',
      disburse_other: '{{count}} families paid for {{month}}',
    },
    cases: {
      create: '{{types}}',
      update: 'Case details changed',
      open: 'Case file read',
      refused: 'The case is not assigned to them',
      close: '{{outcome}}, closed on {{closedOn}}',
      reopen: 'Reopened: {{reason}}',
      refer: 'Referred to {{authority}} ({{authorityName}})',
      updateReferral: '{{authorityName}}: {{referralStatus}}',
      recordFir: 'FIR {{firNumber}}, {{authorityName}}, lodged on {{lodgedOn}}',
      addEntry: '{{entryKind}} added to the timeline',
      addAction: '{{description}}, due {{dueOn}}',
      completeAction: 'Done: {{description}}',
      attachment: '{{fileName}}',
      breakGlass: 'Reason given: {{reason}}',
    },
    auth: {
      loginFailed: 'Wrong username or password for “{{username}}” (from {{caller}})',
      locked: '“{{username}}” from {{caller}} must wait before trying again',
    },
    users: {
      create: '{{name}}, {{role}}',
      update: '{{name}}, {{role}}, {{active}}',
      resetPassword: 'New password for {{name}}',
    },
    sponsorships: {
      create: '{{sponsor}} supports {{child}} with {{amount}} a month from {{month}}',
      setStatus: '{{sponsorshipStatus}} {{reason}}',
    },
    attendance: {
      import_one: '{{fileName}}: {{school}}, {{month}}, {{count}} child ({{newChildren}} new to the register)',
      import_other: '{{fileName}}: {{school}}, {{month}}, {{count}} children ({{newChildren}} new to the register)',
      recomputeFlags_one: '{{count}} child on the worklist ({{raised}} newly, {{cleared}} taken off)',
      recomputeFlags_other: '{{count}} children on the worklist ({{raised}} newly, {{cleared}} taken off)',
    },
    worklist: {
      assign_one: '{{count}} child given to {{volunteer}}',
      assign_other: '{{count}} children given to {{volunteer}}',
      unassign_one: '{{count}} child now without a volunteer',
      unassign_other: '{{count}} children now without a volunteer',
    },
    followUps: { create: '{{finding}}, visited on {{visitOn}} by {{visitedBy}}' },
    admin: {
      backupNow: 'Saved as {{ref}}',
      restore: 'The data before it is kept in {{safetyCopy}}',
    },
    sponsors: { create: '{{name}}' },
  },
  /** What the Record column says: the kind of record and the reference a person reads. */
  records: {
    devices: 'PC {{ref}}',
    officeHost: 'Office host',
    cases: 'Case {{ref}}',
    receipt: 'Receipt {{ref}}',
    voucher: 'Voucher {{ref}}',
    postings: 'Ledger entry {{ref}}',
    users: 'User {{ref}}',
    children: 'Child {{ref}}',
    schools: 'School {{ref}}',
    sponsors: 'Sponsor {{ref}}',
    sponsored_children: 'Sponsored child {{ref}}',
    sponsorships: 'Sponsorship {{ref}}',
    backup: 'Backup',
    volunteers: 'Volunteer {{ref}}',
    attendance_imports: 'Attendance import {{ref}}',
    attendance_flags: 'The worklist',
    office: 'Office details',
    settings: 'Setting',
    departures: 'Departure {{ref}}',
    migration_agents: 'Agent {{ref}}',
    reporting_points: 'Reporting point {{ref}}',
    committees: 'Committee {{ref}}',
    community_activities: 'Activity {{ref}}',
    stakeholders: 'Stakeholder {{ref}}',
    method: 'What they tried: {{ref}}',
    other: 'Record {{ref}}',
  },
  /** A way money came, inside a sentence. */
  modes: { cash: 'in cash', cheque: 'by cheque', bank_transfer: 'by bank transfer', upi: 'by UPI', in_kind: 'in kind' },
  /** An account, inside a sentence. */
  accounts: {
    fcra_receipt: 'the FCRA receipt account',
    fcra_utilisation: 'the FCRA utilisation account',
    local_bank: 'the local bank account',
    office_cash: 'office cash',
    in_kind_stock: 'goods in kind',
    sponsor_receivable: 'dues from sponsors',
    pooled_fund: 'the pooled fund',
    support_to_families: 'support to families',
    administration: 'administration',
  },
  active: { yes: 'active', no: 'deactivated' },
} as const;
