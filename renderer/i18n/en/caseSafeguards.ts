/** Consent before a referral, and opening a case in an emergency: cases.consent.*, cases.emergency.* */
export const consent = {
  title: 'Consent',
  whose: 'Whose consent',
  from: {
    child: 'The child’s (by age and understanding)',
    guardian: 'The parent’s or guardian’s',
    child_and_guardian: 'The child’s and the guardian’s',
    not_needed: 'Not needed',
  },
  how: 'How it was given',
  methods: { signed_form: 'Signed consent form', verbal_witnessed: 'Spoken, before a witness' },
  why: 'Why it was not needed',
  waivers: { emergency: 'An emergency: the child is in danger', police_order: 'An order of the police', cwc_order: 'An order of the CWC' },
  form: 'Signed consent form',
  formHint: 'A photo or a PDF of the signed form',
  witness: 'Witness',
  witnessHint: 'Name of the person who heard the consent given',
  note: 'Note (optional)',
  noteWaiver: 'What happened, or the order’s number and date',
  line: 'Consent: {{whose}}, {{how}}',
  lineWaiver: 'No consent needed: {{why}} ({{note}})',
  missing: 'No consent recorded: the letter cannot be made',
  record: 'Record consent',
  recordTitle: 'Consent for the referral to {{name}}',
  recorded: 'Consent recorded',
} as const;

export const emergency = {
  open: 'Open in an emergency',
  title: 'Open this case in an emergency',
  intro:
    'You are not assigned to this case. Open it only if a child is in danger now and its workers cannot be reached. You will see it for {{hours}} hours; the reason is recorded, and its workers and the manager are told at once.',
  reason: 'Why must it be opened now?',
  reasonHint: 'e.g. the girl called the helpline: the marriage is tonight; her worker is not answering',
  confirm: 'Open the case',
  done: 'Case opened until {{until}}: this is recorded',
  noticeTitle: 'Cases opened in an emergency',
  notice: '{{name}} opened case {{caseNumber}} in an emergency at {{at}}: “{{reason}}”',
  until: 'Access until {{until}}',
  ended: 'Access ended',
} as const;
