/** A save refused because someone else changed the record meanwhile, and a write sent twice (issue 17). */
export const recordErrors = {
  conflict: 'Someone else changed this record after you opened it: choose what to keep, then save again',
  version: 'The form does not say which version of the record it changes: open the record again',
  idempotency: {
    badKey: 'The Idempotency-Key header must be 8 to 128 letters, digits or . _ : -',
    reused: 'This request key was already used for another request ({{method}}): send a new key for a new change',
  },
};

/** The dialog that shows both saves, field by field. */
export const conflicts = {
  title: 'Someone else changed this record',
  intro: 'While you were editing, {{name}} saved this record at {{time}}. For each field that differs, choose what to keep.',
  introUnknown: 'While you were editing, someone else saved this record. For each field that differs, choose what to keep.',
  field: 'Field',
  yours: 'Yours',
  theirs: 'Theirs (saved by {{name}} at {{time}})',
  theirsUnknown: 'Theirs',
  keepYours: 'Keep yours: {{field}}',
  keepTheirs: 'Keep theirs: {{field}}',
  blank: '(blank)',
  sameFields: 'Their save changed nothing that differs from your form: saving again keeps your values.',
  keepAllTheirs: 'Keep all theirs',
  saveChoices: 'Save my choices',
  keptTheirs: 'The form now shows their values; nothing of yours was saved.',
};
