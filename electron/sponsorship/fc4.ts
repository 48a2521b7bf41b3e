import type { Sqlite } from '../db/connection';
import type { ExportedFile } from '../reports/excel/listWorkbook';
import type { Citizenship } from '../shared/fcra';
import { financialYearBounds } from '../shared/periods';
import { addReportSheet, newWorkbook, workbookFile } from './reportWorkbook';

/** FCRA 2010 s.8(1)(b), as amended in 2020: at most 20% of the foreign contribution received in a year on administration. */
export const ADMIN_CAP_PERCENT = 20;

export interface Fc4Donor {
  sponsorId: number;
  code: string;
  name: string;
  kind: 'individual' | 'company' | 'group';
  citizenship: Citizenship;
  country: string | null;
  address: string | null;
  purposes: string[];
  dates: string[];
  receipts: number;
  amountPaise: number;
}

export type Fc4Purpose = 'living' | 'education' | 'general' | 'pooled';

export interface Fc4Return {
  financialYear: string;
  openingBalancePaise: number;
  receivedPaise: number;
  donors: Fc4Donor[];
  utilisation: { purpose: Fc4Purpose; amountPaise: number }[];
  programmePaise: number;
  administrationPaise: number;
  utilisedPaise: number;
  closingBalancePaise: number;
  /** 20% of the foreign contribution received in the year, rounded down to the paisa. */
  adminCapPaise: number;
  /** Administration as a share of FC received, in basis points (1/100 of a percent), so no float is stored. */
  adminShareOfReceivedBp: number | null;
  adminShareOfUtilisedBp: number | null;
  withinCap: boolean;
}

const FCRA_ACCOUNTS = `('fcra_receipt', 'fcra_utilisation')`;

function fcraBalance(sqlite: Sqlite, before: string): number {
  return (
    sqlite
      .prepare(
        `SELECT coalesce(sum(l.amount_paise), 0) AS balance FROM posting_lines l JOIN postings p ON p.id = l.posting_id
         WHERE l.account_code IN ${FCRA_ACCOUNTS} AND p.value_date < ?`,
      )
      .get(before) as { balance: number }
  ).balance;
}

const basisPoints = (part: number, whole: number) => (whole > 0 ? Math.round((part * 10_000) / whole) : null);

/**
 * The year's foreign contribution for the FC-4 return: what came in, from whom, what it was spent on,
 * and the administrative share against the 20% cap. A receipt, payment or expense later cancelled by a
 * reversal is left out with its reversal, as the correction of a mistake.
 */
export function fc4Return(sqlite: Sqlite, financialYear: string): Fc4Return {
  const { from, to } = financialYearBounds(financialYear);
  const receipts = sqlite
    .prepare(
      `SELECT s.id AS sponsorId, s.code, s.name, s.kind, s.citizenship, s.passport_country AS country, s.address,
              p.value_date AS valueDate, coalesce(sh.purpose, 'general') AS purpose, l.amount_paise AS amountPaise
       FROM postings p
       JOIN posting_lines l ON l.posting_id = p.id AND l.account_code = 'fcra_receipt' AND l.amount_paise > 0
       JOIN sponsors s ON s.id = p.sponsor_id
       LEFT JOIN sponsorships sh ON sh.id = p.sponsorship_id
       WHERE p.kind = 'receipt' AND p.financial_year = ?
         AND NOT EXISTS (SELECT 1 FROM postings r WHERE r.reverses_id = p.id)
       ORDER BY s.name COLLATE NOCASE, s.id, p.value_date`,
    )
    .all(financialYear) as (Omit<Fc4Donor, 'purposes' | 'dates' | 'receipts'> & { valueDate: string; purpose: string })[];
  const donors = new Map<number, Fc4Donor>();
  for (const r of receipts) {
    let donor = donors.get(r.sponsorId);
    if (!donor) {
      const { valueDate: _date, purpose: _purpose, ...identity } = r;
      donor = { ...identity, amountPaise: 0, purposes: [], dates: [], receipts: 0 };
      donors.set(r.sponsorId, donor);
    }
    donor.amountPaise += r.amountPaise;
    donor.receipts += 1;
    donor.dates.push(r.valueDate);
    if (!donor.purposes.includes(r.purpose)) donor.purposes.push(r.purpose);
  }

  // Spending from an FCRA account is the credit line of a disbursement or an expense on one.
  const spent = sqlite
    .prepare(
      `SELECT p.kind, CASE WHEN p.kind = 'expense' THEN 'administration' ELSE coalesce(sh.purpose, 'pooled') END AS purpose,
              -sum(l.amount_paise) AS amountPaise
       FROM postings p
       JOIN posting_lines l ON l.posting_id = p.id AND l.account_code IN ${FCRA_ACCOUNTS} AND l.amount_paise < 0
       LEFT JOIN sponsorships sh ON sh.id = p.sponsorship_id
       WHERE p.kind IN ('disbursement', 'expense') AND p.financial_year = ?
         AND NOT EXISTS (SELECT 1 FROM postings r WHERE r.reverses_id = p.id)
       GROUP BY 1, 2`,
    )
    .all(financialYear) as { kind: 'disbursement' | 'expense'; purpose: Fc4Purpose | 'administration'; amountPaise: number }[];
  const order: Fc4Purpose[] = ['living', 'education', 'general', 'pooled'];
  const utilisation = order
    .map((purpose) => ({ purpose, amountPaise: spent.find((s) => s.purpose === purpose)?.amountPaise ?? 0 }))
    .filter((u) => u.amountPaise !== 0);
  const programmePaise = utilisation.reduce((sum, u) => sum + u.amountPaise, 0);
  const administrationPaise = spent.find((s) => s.purpose === 'administration')?.amountPaise ?? 0;
  const receivedPaise = [...donors.values()].reduce((sum, d) => sum + d.amountPaise, 0);
  const utilisedPaise = programmePaise + administrationPaise;
  const adminCapPaise = Math.floor((receivedPaise * ADMIN_CAP_PERCENT) / 100);
  const nextDay = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    financialYear,
    openingBalancePaise: fcraBalance(sqlite, from),
    receivedPaise,
    donors: [...donors.values()],
    utilisation,
    programmePaise,
    administrationPaise,
    utilisedPaise,
    closingBalancePaise: fcraBalance(sqlite, nextDay),
    adminCapPaise,
    adminShareOfReceivedBp: basisPoints(administrationPaise, receivedPaise),
    adminShareOfUtilisedBp: basisPoints(administrationPaise, utilisedPaise),
    withinCap: administrationPaise <= adminCapPaise,
  };
}

const percentText = (bp: number | null) => (bp === null ? '—' : `${Math.trunc(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`);

/** The FC-4 working file: a summary with the cap check, the receipts by donor, and the utilisation by purpose. */
export async function fc4Workbook(fc: Fc4Return, label: (key: string, values?: Record<string, string>) => string): Promise<ExportedFile> {
  const t = (key: string, values?: Record<string, string>) => label(`sponsorship.reports.fc4.${key}`, values);
  const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');
  const { from, to } = financialYearBounds(fc.financialYear);
  const workbook = newWorkbook();
  type Line = { item: string; amountPaise: number | null; text?: string };
  const lines: Line[] = [
    { item: t('openingBalance', { date: ddmmyyyy(from) }), amountPaise: fc.openingBalancePaise },
    { item: t('received'), amountPaise: fc.receivedPaise },
    { item: t('programme'), amountPaise: fc.programmePaise },
    { item: t('administration'), amountPaise: fc.administrationPaise },
    { item: t('utilised'), amountPaise: fc.utilisedPaise },
    { item: t('closingBalance', { date: ddmmyyyy(to) }), amountPaise: fc.closingBalancePaise },
    { item: t('adminCap'), amountPaise: fc.adminCapPaise },
    { item: t('adminShareOfReceived'), amountPaise: null, text: percentText(fc.adminShareOfReceivedBp) },
    { item: t('adminShareOfUtilised'), amountPaise: null, text: percentText(fc.adminShareOfUtilisedBp) },
    { item: t('withinCap'), amountPaise: null, text: fc.withinCap ? t('yes') : t('no') },
  ];
  addReportSheet<Line>(workbook, {
    sheetName: t('summarySheet'),
    title: t('title', { year: fc.financialYear }),
    rows: lines,
    columns: [
      { header: t('item'), width: 70, value: (l) => l.item },
      { header: t('amount'), width: 18, money: true, value: (l) => l.amountPaise ?? l.text ?? null },
    ],
  });
  addReportSheet<Fc4Donor | null>(workbook, {
    sheetName: t('donorsSheet'),
    title: t('title', { year: fc.financialYear }),
    rows: fc.donors,
    total: null,
    columns: [
      { header: t('donor'), width: 28, value: (d) => (d ? d.name : t('total')) },
      { header: t('code'), width: 10, value: (d) => d?.code ?? null },
      { header: t('kind'), width: 14, value: (d) => (d ? t(`kinds.${d.kind}`) : null) },
      { header: t('citizenship'), width: 16, value: (d) => (d ? t(`citizenships.${d.citizenship}`) : null) },
      { header: t('country'), width: 16, value: (d) => d?.country ?? null },
      { header: t('address'), width: 36, value: (d) => d?.address ?? null },
      { header: t('purpose'), width: 22, value: (d) => d?.purposes.map((p) => t(`purposes.${p}`)).join(', ') ?? null },
      { header: t('dates'), width: 30, value: (d) => d?.dates.map(ddmmyyyy).join(', ') ?? null },
      { header: t('receipts'), width: 9, value: (d) => (d ? d.receipts : fc.donors.reduce((s, x) => s + x.receipts, 0)) },
      { header: t('amount'), width: 16, money: true, value: (d) => (d ? d.amountPaise : fc.receivedPaise) },
    ],
  });
  type Use = { item: string; amountPaise: number };
  addReportSheet<Use>(workbook, {
    sheetName: t('utilisationSheet'),
    title: t('title', { year: fc.financialYear }),
    rows: [
      ...fc.utilisation.map((u) => ({ item: t(`purposes.${u.purpose}`), amountPaise: u.amountPaise })),
      { item: t('administration'), amountPaise: fc.administrationPaise },
    ],
    total: { item: t('utilised'), amountPaise: fc.utilisedPaise },
    columns: [
      { header: t('purpose'), width: 50, value: (u) => u.item },
      { header: t('amount'), width: 18, money: true, value: (u) => u.amountPaise },
    ],
  });
  return workbookFile(workbook, `fc4-${fc.financialYear}.xlsx`);
}
