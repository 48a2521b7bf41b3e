/** The "children missing an address" list of the register, and the problems of its filled-in workbook. */
export const registerAddresses = {
  title: 'Children missing an address',
  intro:
    'These children have no village or no Gram Panchayat, so the worklist’s filters miss them and a volunteer’s visit list has nowhere to walk to. Fill them in here row by row, or download the list, fill it in Excel and upload it back.',
  sheet: 'Addresses',
  count_one: '{{formatted}} child missing an address',
  count_other: '{{formatted}} children missing an address',
  none: 'Every child of the register has a village and a Gram Panchayat.',
  school: 'School',
  allSchools: 'All schools',
  table: 'Children missing an address',
  columns: { name: 'Name', save: 'Save' },
  showMore: 'Show {{formatted}} more',
  save: 'Save',
  saveNamed: 'Save the address of {{name}}',
  saved: 'Address saved: {{name}}',
  savedStillMissing: 'Saved: {{name}} still needs a village and a Gram Panchayat',
  download: 'Download the list (Excel)',
  upload: 'Upload the filled-in list',
  uploadHint: 'The list as downloaded, with village, GP, guardian or phone filled in. Nothing is saved if any cell is wrong.',
  uploaded_one: '{{formatted}} child’s address saved from {{file}}; {{left}} still missing',
  uploaded_other: '{{formatted}} children’s addresses saved from {{file}}; {{left}} still missing',
  refused: 'Nothing was saved from {{file}}: correct these cells and upload it again',
} as const;

export const addressErrors = {
  notWorkbook: '{{file}} is not an Excel workbook (.xlsx): download the list again and fill it in',
  noSheet: '{{file}} has no sheet',
  noCodeColumn: '{{file}}, sheet {{sheet}}: no “Child code” column in its first rows. Upload the list as downloaded, with its header row',
  noFillableColumn: '{{file}}, sheet {{sheet}}: no Village, Gram Panchayat, Guardian or Phone column to read',
  tooLong: 'Sheet {{sheet}}, row {{row}}, column “{{column}}” (cell {{cell}}): at most {{max}} characters',
  phone:
    'Sheet {{sheet}}, row {{row}}, column “{{column}}” (cell {{cell}}): “{{value}}” is not a phone number. Expected a 10-digit mobile number (or an 11-digit landline with STD code)',
  noCode: 'Sheet {{sheet}}, row {{row}} (cell {{cell}}): the child code is missing, so the row cannot be matched to a child',
  codeTwice: 'Sheet {{sheet}}, row {{row}} (cell {{cell}}): child {{code}} is already on row {{earlier}}',
  unknownCode: 'Sheet {{sheet}}, row {{row}} (cell {{cell}}): {{code}} is not the code of a child in the register',
} as const;
