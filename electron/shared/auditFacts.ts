/**
 * What an audit entry records, as facts rather than sentences: codes (a mode, an account, an
 * outcome), ids, amounts in paise, ISO dates, and the reference a person reads (a receipt or case
 * number). The audit screen turns them into the reader's language with the app's own words, so an
 * entry written in English reads in Bengali too. The name of a fact says how it is shown:
 *
 * - `amountPaise` money; `count` a number that also picks the plural
 * - `mode` a way money came (cash, cheque…); `account`, `fromAccount`, `toAccount` a ledger account
 * - `outcome` a case outcome; `types` case types; `role` a user's role; `status` as stored
 * - `month` a YYYY-MM month; a name ending in `On` (or `upTo`) an ISO date
 * - `ref` the reference of the record (receipt, voucher, case number, child code), shown as written;
 *   `refKind` names what it is when the table does not say (`receipt`, `voucher`)
 * - anything else is text a person typed (a reason, a name) and is shown as written
 */
export type AuditFactValue = string | number | boolean | null | readonly string[];

export type AuditFacts = Record<string, AuditFactValue>;
