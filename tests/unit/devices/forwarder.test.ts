import { afterEach, describe, expect, it } from 'vitest';
import { officeForwarder } from '../../../electron/client/officeForwarder';
import { readOfficeRecord } from '../../../electron/client/officeRecord';
import { adminPassword } from '../testHost';
import { lanOffice, type LanOffice } from './lanHost';

let lan: LanOffice | undefined;
afterEach(async () => {
  await lan?.close();
  lan = undefined;
});

describe('the desktop app connected to the office host', () => {
  it('pairs from the window, keeps the token out of it, forwards calls with the session, and forgets a revoked pairing', async () => {
    lan = await lanOffice();
    const forward = officeForwarder(lan.store, { address: lan.address, port: lan.port });
    // Not paired yet: the window is told so, and shows the pairing screen.
    expect((await forward('setup.status', {}, null)).outcome).toMatchObject({ ok: false, status: 401, error: { code: 'device_unknown' } });
    const { code } = await lan.office.ok('devices.pairingCode', {}, lan.office.admin);
    const paired = await forward('devices.pair', { code, deviceName: 'Sponsorship PC' }, null);
    const status = await lan.office.ok('officeHost.status', {}, lan.office.admin);
    expect(paired.outcome).toEqual({ ok: true, result: { deviceToken: '', fingerprint: status.fingerprint } });
    expect(lan.store.read()).toContain(status.fingerprint ?? 'no fingerprint');
    const login = await forward('auth.login', { username: 'anita', password: adminPassword }, null);
    expect(login.session).toEqual(expect.any(String));
    const me = await forward('auth.me', {}, login.session ?? null);
    expect(me.outcome).toMatchObject({ ok: true, result: { username: 'anita' } });
    const [device] = await lan.office.ok('devices.list', {}, lan.office.admin);
    await lan.office.ok('devices.revoke', { id: device?.id ?? 0 }, lan.office.admin);
    expect((await forward('auth.me', {}, login.session ?? null)).outcome).toMatchObject({ ok: false, error: { code: 'device_unknown' } });
    // The token is gone; the host's address (to pair again) and the highest epoch seen stay.
    expect(readOfficeRecord(lan.store)).toMatchObject({
      connection: null,
      host: { address: lan.address, port: lan.port },
      highest: { epoch: 1 },
    });
    expect(lan.store.read()).not.toContain('deviceToken');
  });
});
