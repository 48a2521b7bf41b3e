/**
 * The English catalogue. Its shape is the type every other language must match (see bn.ts), so a
 * key missing in Bengali fails the type-check, and tests/unit/i18n.test.ts checks none is blank.
 */
export const en = {
  errors: {
    required: 'This field is required',
    tooLong: 'This is too long',
    invalidField: 'The value of "{{field}}" is not valid {{detail}}',
    date: 'Expected a date as DD/MM/YYYY',
    phone: 'Expected a 10-digit mobile number (or an 11-digit landline with STD code)',
    udise: 'A UDISE code is exactly 11 digits, e.g. 19112300101',
    udiseTaken: 'This UDISE code is already used by {{name}}',
    schoolType: 'Choose the type of school',
    schoolMissing: 'That school is not in the register',
    sex: 'Choose girl, boy or other',
    age: 'Age must be between 0 and 25 years',
    classGrade: 'Class must be between pre-primary and XII',
    childName: 'Give the child’s name in English or in Bengali (or both)',
    birthRequired: 'Give a date of birth or an age in years',
    dobFuture: 'The date of birth is in the future',
    officeCode: 'Office code: 2 to 6 letters, e.g. BSH',
    username: 'Username: 3 to 32 letters, digits, dots, dashes or underscores',
    usernameTaken: 'The username {{username}} is already taken',
    role: 'Choose a role',
    passwordShort: 'The password must have at least 8 characters',
    passwordMix: 'The password must contain both letters and digits',
    passwordUsername: 'The password must not contain the username',
    wrongPassword: 'The current password is not correct',
    loginFailed: 'Wrong username or password',
    accountLocked: 'Too many wrong passwords: this account is locked until {{until}}',
    notLoggedIn: 'Please log in',
    sessionExpired: 'You were logged out after a period of inactivity; please log in again',
    forbidden: 'Your role does not allow this ({{method}})',
    notFound: 'Not found: it may have been removed',
    alreadyInitialized: 'This office is already set up',
    selfDemote: 'You cannot remove your own administrator role or deactivate yourself',
    unknownMethod: 'Unknown API method {{method}}',
    internal: 'Something went wrong inside Suraksha. Nothing was saved. Reference: {{reference}}',
    dbNewer: 'This database was written by a newer version of Suraksha ({{count}} change(s) this version does not know). Install the newer version to open it.',
    backupNotDatabase: '{{file}} is not a Suraksha backup: it is not a database file',
    backupCorrupt: '{{file}} is damaged and cannot be restored ({{detail}})',
    backupForeign: '{{file}} is a database, but not a Suraksha backup',
    backupTooLarge: '{{file}} is too large to be a backup of this office',
    backupFolder: 'Cannot write a backup into {{folder}}: choose a folder that exists and that you may write to',
    absolutePath: 'Give the full path of the backup file',
    timeoutRange: 'Between 5 and 480 minutes',
    lockoutRange: 'Out of the allowed range',
    network: 'Suraksha is not answering. Is it still running?',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** Every catalogue has exactly the keys of the English one. */
export type Catalogue = Widen<typeof en>;
