import type { ExportedFile } from '../reports/excel/listWorkbook';
import type { AccountCode } from '../shared/fcra';
import { addReportSheet, newWorkbook, workbookFile, type SheetColumn } from './reportWorkbook';

type Label = (key: string, values?: Record<string, string>) => string;

const ddmmyyyy = (iso: string | null) => (iso ? iso.slice(0, 10).split('-').reverse().join('/') : '');
const mmyyyy = (month: string | null) => (month ? `${month.slice(5, 7)}/${month.slice(0, 4)}` : '');

async function listFile<T>(args: {
  label: Label;
  sheetKey: string;
  printed: string;
  fileName: string;
  rows: T[];
  columns: (t: Label) => SheetColumn<T>[];
}): Promise<ExportedFile> {
  const t: Label = (key, values) => args.label(`sponsorship.reports.lists.${key}`, values);
  const workbook = newWorkbook();
  const name = t(args.sheetKey);
  addReportSheet(workbook, { sheetName: name, title: `${name} — ${args.printed}`, rows: args.rows, columns: args.columns(t) });
  return workbookFile(workbook, args.fileName);
}

export interface SponsorListRow {
  code: string;
  name: string;
  kind: 'individual' | 'company' | 'group';
  citizenship: 'indian' | 'indian_abroad' | 'foreign' | 'oci' | 'pio';
  passportCountry: string | null;
  phone: string | null;
  email: string | null;
  wants80g: boolean;
  activeSponsorships: number;
  balancePaise: number;
  arrearsPaise: number;
  monthsMissed: number;
}

/** The sponsors list as on screen, with what each owes. */
export function sponsorsWorkbook(rows: SponsorListRow[], label: Label, printed: string, fileName: string): Promise<ExportedFile> {
  return listFile({
    label,
    sheetKey: 'sponsorsSheet',
    printed,
    fileName,
    rows,
    columns: (t) => [
      { header: t('code'), width: 10, value: (r) => r.code },
      { header: t('name'), width: 28, value: (r) => r.name },
      { header: t('kind'), width: 12, value: (r) => t(`sponsorKinds.${r.kind}`) },
      { header: t('citizenship'), width: 18, value: (r) => t(`citizenships.${r.citizenship}`) },
      { header: t('country'), width: 14, value: (r) => r.passportCountry },
      { header: t('phone'), width: 15, value: (r) => r.phone },
      { header: t('email'), width: 24, value: (r) => r.email },
      { header: t('wants80g'), width: 10, value: (r) => t(r.wants80g ? 'yes' : 'no') },
      { header: t('activeSponsorships'), width: 10, value: (r) => r.activeSponsorships },
      { header: t('balance'), width: 15, money: true, value: (r) => r.balancePaise },
      { header: t('arrears'), width: 15, money: true, value: (r) => r.arrearsPaise },
      { header: t('monthsMissed'), width: 10, value: (r) => r.monthsMissed },
    ],
  });
}

export interface SponsoredChildListRow {
  childCode: string;
  name: string;
  sex: 'female' | 'male' | 'other';
  age: number | null;
  village: string | null;
  guardianName: string;
  guardianRelation: string;
  payoutMethod: 'bank' | 'cash';
  priority: number;
  missionVatsalya: boolean;
  monthlySupportPaise: number;
  status: 'waiting' | 'supported' | 'left';
  activeSponsorships: number;
}

/** The sponsored children as on screen (waiting ones by priority); no bank details, which the list never shows. */
export function sponsoredChildrenWorkbook(
  rows: SponsoredChildListRow[],
  label: Label,
  printed: string,
  fileName: string,
): Promise<ExportedFile> {
  return listFile({
    label,
    sheetKey: 'childrenSheet',
    printed,
    fileName,
    rows,
    columns: (t) => [
      { header: t('childCode'), width: 14, value: (r) => r.childCode },
      { header: t('childName'), width: 24, value: (r) => r.name },
      { header: t('sex'), width: 8, value: (r) => t(`sexes.${r.sex}`) },
      { header: t('age'), width: 6, value: (r) => r.age },
      { header: t('village'), width: 18, value: (r) => r.village },
      { header: t('guardian'), width: 22, value: (r) => r.guardianName },
      { header: t('relation'), width: 12, value: (r) => r.guardianRelation },
      { header: t('payout'), width: 9, value: (r) => t(`payouts.${r.payoutMethod}`) },
      { header: t('priority'), width: 9, value: (r) => r.priority },
      { header: t('missionVatsalya'), width: 10, value: (r) => t(r.missionVatsalya ? 'yes' : 'no') },
      { header: t('monthlySupport'), width: 15, money: true, value: (r) => r.monthlySupportPaise },
      { header: t('activeSponsorships'), width: 10, value: (r) => r.activeSponsorships },
      { header: t('status'), width: 14, value: (r) => t(`childStatuses.${r.status}`) },
    ],
  });
}

export interface LedgerListRow {
  id: number;
  kind: 'dues' | 'receipt' | 'disbursement' | 'transfer' | 'expense' | 'reversal';
  valueDate: string;
  forMonth: string | null;
  receiptNo: string | null;
  voucherNo: string | null;
  sponsorCode: string | null;
  sponsorName: string | null;
  childCode: string | null;
  mode: 'cash' | 'cheque' | 'bank_transfer' | 'upi' | 'in_kind' | null;
  reference: string | null;
  reversesId: number | null;
  reversedBy: number | null;
  reason: string | null;
  createdBy: string | null;
  amountPaise: number;
  lines: { account: AccountCode; amountPaise: number }[];
}

/** The ledger as on screen with its filters, one row per posting naming the accounts debited and credited. */
export function ledgerWorkbook(
  rows: LedgerListRow[],
  accountNames: Map<AccountCode, string>,
  label: Label,
  printed: string,
  fileName: string,
): Promise<ExportedFile> {
  const numbers = new Map(rows.map((r) => [r.id, r.receiptNo ?? r.voucherNo ?? `#${r.id}`]));
  const accounts = (r: LedgerListRow, debit: boolean) =>
    [
      ...new Set(
        r.lines.filter((l) => (debit ? l.amountPaise > 0 : l.amountPaise < 0)).map((l) => accountNames.get(l.account) ?? l.account),
      ),
    ].join(', ');
  return listFile({
    label,
    sheetKey: 'ledgerSheet',
    printed,
    fileName,
    rows,
    columns: (t) => [
      { header: t('date'), width: 11, value: (r) => ddmmyyyy(r.valueDate) },
      { header: t('postingKind'), width: 16, value: (r) => t(`postingKinds.${r.kind}`) },
      { header: t('number'), width: 20, value: (r) => r.receiptNo ?? r.voucherNo ?? `#${r.id}` },
      { header: t('sponsor'), width: 26, value: (r) => (r.sponsorCode ? `${r.sponsorName ?? ''} (${r.sponsorCode})` : null) },
      { header: t('childCode'), width: 14, value: (r) => r.childCode },
      { header: t('forMonth'), width: 9, value: (r) => mmyyyy(r.forMonth) },
      { header: t('mode'), width: 14, value: (r) => (r.mode ? label(`sponsorship.reports.modes.${r.mode}`) : null) },
      { header: t('reference'), width: 18, value: (r) => r.reference },
      { header: t('debitAccounts'), width: 24, value: (r) => accounts(r, true) },
      { header: t('creditAccounts'), width: 24, value: (r) => accounts(r, false) },
      { header: t('amount'), width: 15, money: true, value: (r) => r.amountPaise },
      {
        header: t('reversal'),
        width: 22,
        value: (r) =>
          r.reversesId !== null
            ? t('reverses', { number: numbers.get(r.reversesId) ?? `#${r.reversesId}` })
            : r.reversedBy !== null
              ? t('reversedBy')
              : null,
      },
      { header: t('reason'), width: 28, value: (r) => r.reason },
      { header: t('enteredBy'), width: 12, value: (r) => r.createdBy },
    ],
  });
}
