import type { Host } from '../host/host';
import type { PairingCodes } from './pairingCodes';

/** A network interface address of this PC, as the settings screen lists it. */
export interface InterfaceAddress {
  interfaceName: string;
  address: string;
  family: 'IPv4' | 'IPv6';
  /** False for a public address: listed so the administrator sees it, but it cannot be chosen. */
  private: boolean;
}

export interface OfficeHostConfig {
  on: boolean;
  addresses: string[];
  port: number;
}

export interface Listener {
  address: string;
  port: number;
  /** Why it is not listening (the address is not this PC's, the port is taken), or null when it is. */
  problem: string | null;
}

export interface OfficeHostStatus {
  config: OfficeHostConfig;
  listening: Listener[];
  fingerprint: string | null;
  interfaces: InterfaceAddress[];
  /** Set when `npm run serve -- --lan` chose the addresses: the settings then apply from the next start. */
  fromCommandLine: boolean;
}

/**
 * What the devices' handlers may ask of the office LAN host running in this process. The host
 * transport (host/officeHost.ts) registers itself here, so the handlers never import the HTTP
 * server (which imports dispatch, which imports the handlers).
 */
export interface OfficeHostControl {
  readonly pairing: PairingCodes;
  status(): OfficeHostStatus;
  apply(config: OfficeHostConfig): Promise<OfficeHostStatus>;
}

const controls = new WeakMap<Host, OfficeHostControl>();

export function attachOfficeHost(host: Host, control: OfficeHostControl): void {
  controls.set(host, control);
}

export function officeHostControl(host: Host): OfficeHostControl | undefined {
  return controls.get(host);
}
