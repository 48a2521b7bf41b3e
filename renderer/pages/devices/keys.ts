/** Query keys of the office host card: its status, the open pairing code and the paired PCs. */
export const officeHostKeys = {
  all: ['officeHost'] as const,
  status: ['officeHost', 'status'] as const,
  code: ['officeHost', 'code'] as const,
  devices: ['officeHost', 'devices'] as const,
};
