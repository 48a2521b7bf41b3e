/**
 * Which PC an audit entry came from, as the audit screen and its export say it: a paired PC by its
 * name; a pairing attempt from a PC not paired (yet); otherwise the host PC itself.
 */
export function auditDevice(row: { action: string; deviceName: string | null }): { name: string } | 'unpaired' | 'host' {
  if (row.deviceName !== null) return { name: row.deviceName };
  return row.action.startsWith('devices.pair') && row.action !== 'devices.pairingCode' ? 'unpaired' : 'host';
}
