/**
 * The words of sponsorship and its ledger, as stored. Plain constants with no imports, so the
 * schema, the API and the renderer all use the one list.
 */
export const sponsorKinds = ['individual', 'company', 'group'] as const;
export const taxIdTypes = ['pan', 'aadhaar'] as const;
/** foreign, oci and pio give foreign contribution under FCRA 2010; indian_abroad (personal savings) does not. */
export const citizenships = ['indian', 'indian_abroad', 'foreign', 'oci', 'pio'] as const;
export const payoutMethods = ['bank', 'cash'] as const;
export const sponsoredChildStatuses = ['waiting', 'supported', 'left'] as const;
export const sponsorshipPurposes = ['living', 'education', 'general'] as const;
export const sponsorshipStatuses = ['active', 'paused', 'lapsed', 'ended'] as const;
export const endReasons = ['sponsor_stopped', 'child_left_area', 'child_aged_out', 'other'] as const;
export const accountTypes = ['asset', 'fund', 'expense'] as const;
export const accountCodes = [
  'fcra_receipt',
  'fcra_utilisation',
  'local_bank',
  'office_cash',
  'in_kind_stock',
  'sponsor_receivable',
  'pooled_fund',
  'support_to_families',
  'administration',
] as const;
export const postingKinds = ['dues', 'receipt', 'disbursement', 'transfer', 'expense', 'reversal'] as const;
export const paymentModes = ['cash', 'cheque', 'bank_transfer', 'upi', 'in_kind'] as const;
export const fundings = ['sponsor', 'pooled'] as const;
export const recipientMarks = ['signature', 'thumbprint'] as const;
