import { describe, expect, it } from 'vitest';
import { lanAddressProblem, parseListenAddress } from '../../../electron/devices/lanAddress';
import { PairingCodes } from '../../../electron/devices/pairingCodes';

describe('the addresses the office host may listen on', () => {
  it('takes the office network’s private, link-local and loopback addresses', () => {
    for (const address of [
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.254',
      '192.168.1.20',
      '169.254.10.1',
      '127.0.0.2',
      '::1',
      'fd00::2',
      'fc12::1',
      'fe80::1%eth0',
    ]) {
      expect(lanAddressProblem(address), address).toBeNull();
    }
  });

  it('refuses public addresses, every address at once, and text that is not an address', () => {
    for (const address of ['8.8.8.8', '172.15.0.1', '172.32.0.1', '192.169.0.1', '0.0.0.0', '::', '2001:db8::1', '::ffff:8.8.8.8']) {
      expect(lanAddressProblem(address), address).toBe('errors.devices.publicAddress');
    }
    expect(lanAddressProblem('office-pc')).toBe('errors.devices.notAnAddress');
  });

  it('reads --lan as an address with an optional port', () => {
    expect(parseListenAddress('192.168.1.20')).toEqual({ address: '192.168.1.20', port: 8475 });
    expect(parseListenAddress('192.168.1.20:9000')).toEqual({ address: '192.168.1.20', port: 9000 });
    expect(parseListenAddress('[fd00::2]:9000')).toEqual({ address: 'fd00::2', port: 9000 });
    expect(parseListenAddress('fd00::2')).toEqual({ address: 'fd00::2', port: 8475 });
  });
});

describe('the pairing code', () => {
  it('is 8 digits, works once, and not after 10 minutes', () => {
    const codes = new PairingCodes();
    const { code, expiresAt } = codes.issue(0);
    expect(code).toMatch(/^\d{8}$/);
    expect(expiresAt).toBe(10 * 60_000);
    expect(codes.attempt(code, 10 * 60_000)).toBe('paired');
    expect(codes.attempt(code, 10 * 60_000)).toBe('used');
    const next = codes.issue(0);
    expect(codes.attempt(next.code, 10 * 60_000 + 1)).toBe('expired');
  });

  it('a new code replaces the open one', () => {
    const codes = new PairingCodes();
    const first = codes.issue(0);
    const second = codes.issue(1000);
    if (first.code !== second.code) expect(codes.attempt(first.code, 2000)).toBe('wrong');
    expect(codes.attempt(second.code, 2000)).toBe('paired');
  });
});
