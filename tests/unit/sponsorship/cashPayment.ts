/**
 * A family paid from the office's cash, as one item of a coordinator's batch (`ledger.disburse`): the
 * sponsorship tests and the report fixtures pay this way, with the recipient's mark and, where the test
 * needs one, the photographed slip as proof.
 */
import type { recipientMarks } from '../../../electron/shared/sponsorshipVocabulary';

/** The photographed slip: a PNG's signature and 64 bytes, in base64 as the window sends it. */
export const slipPng = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 3)]).toString(
  'base64',
);

/** A payment in cash from office cash (₹1,500 unless said), taken with the recipient's signature or thumbprint. */
export function cashItem(sponsoredChildId: number, recipientMark: (typeof recipientMarks)[number], amountPaise = 150_000) {
  return { sponsoredChildId, amountPaise, account: 'office_cash' as const, mode: 'cash' as const, recipientMark };
}

/** ₹1,500 in cash against a thumbprint, with the slip as proof. */
export function cashItemWithSlip(sponsoredChildId: number) {
  return { ...cashItem(sponsoredChildId, 'thumbprint'), proof: { fileName: 'slip.png', contentBase64: slipPng } };
}
