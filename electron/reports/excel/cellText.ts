/** Characters XML 1.0 cannot carry even escaped (most C0 controls, U+FFFE, U+FFFF): one would make the workbook unreadable. */
// eslint-disable-next-line no-control-regex -- these very characters are what we remove
const xmlForbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** A cell's value as a workbook may hold it: text without characters XML forbids, numbers and blanks as they are. */
export function cellValue(value: string | number | null): string | number | null {
  return typeof value === 'string' ? value.replace(xmlForbidden, '') : value;
}
