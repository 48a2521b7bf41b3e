import type { ErrorValues, ErrorWhere, FieldProblem, MessageKey, UserError } from '../api/errors';
import type { DeviceRef } from '../api/types';
import type { StoredAttachment } from '../cases/attachments';
import type { CallKey } from '../host/idempotency';
import type { DisbursementBatch } from './disbursements';

/** One family paid: the posting and its payment voucher. */
export interface PaidFamily {
  id: number;
  voucherNo: string;
  sponsoredChildId: number;
}

/** What the host sends the payment worker: one batch to pay in one transaction, or close. */
export type DisburseRequest =
  | {
      id: number;
      kind: 'disburse';
      dbFile: string;
      batch: DisbursementBatch;
      who: { userId: number; username: string; dataDir: string };
      device: DeviceRef | null;
      /** The host's clock at the call (ISO): the host's clock is the only clock for what is stored. */
      at: string;
      /** Recorded in the batch's own transaction, with its answer, when the call carried one. */
      idempotencyKey: CallKey | null;
    }
  | { id: number; kind: 'close' };

/** A refusal as it crosses from the worker: the UserError's parts, rebuilt on the host's side. */
export interface Refusal {
  code: string;
  key: MessageKey;
  values: ErrorValues;
  where: ErrorWhere;
  status: UserError['status'];
  fields?: FieldProblem[];
}

export type DisburseReply =
  | { id: number; kind: 'paid'; written: PaidFamily[]; proofs: StoredAttachment[] }
  | { id: number; kind: 'refused'; refusal: Refusal }
  | { id: number; kind: 'closed' }
  | { id: number; kind: 'failed'; message: string };
