import { isIP } from 'node:net';
import type { MessageKey } from '../api/errors';

/** The port the office LAN host listens on unless the administrator picks another. */
export const defaultLanPort = 8475;

function ipv4Private(address: string): boolean {
  const [a = -1, b = -1] = address.split('.').map(Number);
  return (
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    // Link-local: two PCs joined by a cable, or a router that hands out no addresses.
    (a === 169 && b === 254) ||
    // This PC itself: the tests listen on 127.0.0.x.
    a === 127
  );
}

function ipv6Private(address: string): boolean {
  const bare = address.split('%')[0]?.toLowerCase() ?? '';
  if (bare === '::1') return true;
  const first = parseInt(bare.split(':')[0] ?? '', 16);
  if (!Number.isFinite(first) || bare.startsWith('::')) return false;
  // fc00::/7 unique local, fe80::/10 link-local.
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}

/**
 * Why an address may not be listened on, or null when it may. Only the office's own network: a
 * private (RFC 1918), link-local or loopback address. A public address, or "every address"
 * (0.0.0.0, ::), would put the office's data on the internet.
 */
export function lanAddressProblem(address: string): MessageKey | null {
  const family = isIP(address.split('%')[0] ?? '');
  if (family === 0) return 'errors.devices.notAnAddress';
  if (family === 4 ? !ipv4Private(address) : !ipv6Private(address)) return 'errors.devices.publicAddress';
  return null;
}

export interface ListenAddress {
  address: string;
  port: number;
}

/** `192.168.1.10`, `192.168.1.10:8475`, `[fd00::1]:8475` → address and port. */
export function parseListenAddress(text: string, port = defaultLanPort): ListenAddress {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed) return { address: bracketed[1] ?? '', port: bracketed[2] ? Number(bracketed[2]) : port };
  const v4 = /^([\d.]+):(\d+)$/.exec(text);
  if (v4) return { address: v4[1] ?? '', port: Number(v4[2]) };
  return { address: text, port };
}

/** How an address is written in a URL and in the Host header: IPv6 in brackets. */
export function urlHost(address: string): string {
  return isIP(address.split('%')[0] ?? '') === 6 ? `[${address}]` : address;
}
