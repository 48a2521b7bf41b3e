/** What the host, the login and the backups say when they refuse something: errors.host.*, errors.access.* */
export const hostErrors = {
  bodyTooLarge: 'The request is larger than {{max}}; it was not read',
  notBuilt: 'The screens are not built: run npm run build',
  usePost: 'Use POST with a JSON body',
  sendJson: 'Send the input as application/json',
  badJson: 'The request body is not valid JSON',
  unknownHost: 'This address is not Suraksha’s: open Suraksha by its own address',
  crossOrigin: 'Requests from another web site are refused',
  notAllowed: 'Not allowed',
  busy: 'Another program is writing to the office database; try again in {{seconds}} seconds',
  readOnly: 'This is the snapshot of {{taken}}, read-only: nothing can be saved here until the office host is back',
  fenced: 'Another PC ({{by}}) took over as the office host at {{takenOver}}: this PC no longer saves changes',
  olderHost: 'This office host is older than the one you last worked with (another PC took over): nothing from it is used',
  olderHostNamed:
    'The office host at {{address}} is an old one: another PC took over as the office host since (the current host is {{current}}). Nothing from the old host is used: work on the current host, or ask the administrator',
  standbyMissing: 'There is no whole snapshot in {{folder}}',
  standbyNotSnapshot: 'Only a PC showing the standby snapshot can be made the host',
  standbyNoFolder: 'Choose the standby PC’s folder first',
  standbyFolderSame: 'The standby folder must be on another PC, not in this PC’s data folder',
  noncharacter: 'The field "{{field}}" holds a character that cannot be stored (U+FFFE or U+FFFF): type it again',
  dataFolderInUse:
    'The data folder {{folder}} is already open in another Suraksha (process {{pid}}, {{program}}, since {{since}}): close that one first',
  backupSchema: '{{file}} is a Suraksha backup with parts missing ({{tables}}): it cannot be restored',
  backupPaths: '{{file}} refers to a file outside its attachments folder ({{path}}): it cannot be restored',
  uploadMissing: 'The uploaded file {{file}} is no longer on the server: choose it again',
  folderAbsolute: 'Give the full path of the folder, e.g. E:\\Backups or /media/pendrive',
} as const;

export const accessErrors = {
  loginWait: 'Too many wrong passwords from this computer: wait {{seconds}} seconds and try again',
  caseConfidentialAsk: 'This case is confidential: ask {{worker}}',
  consentRequired: 'Record whose consent was taken and how, or why it was not needed',
  consentHow: 'Say how consent was given: a signed form, or verbally before a witness',
  consentForm: 'Attach the signed consent form',
  consentWitness: 'Give the name of the witness',
  letterNeedsConsent: 'No consent is recorded for this referral: record it before making the letter',
  breakGlassNotNeeded: 'You can already open this case',
  breakGlassReason: 'Say why this case must be opened now (at least 10 characters)',
} as const;
