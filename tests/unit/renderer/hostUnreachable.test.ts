import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfficePc } from '../../../electron/client/officePc';
import type { ApiError } from '../../../renderer/api/client';
import { lanOffice, type LanOffice } from '../devices/lanHost';
import { migrationsFolder } from '../testHost';

let lan: LanOffice | undefined;
let pc: OfficePc | undefined;
let pcDir: string | undefined;
afterEach(async () => {
  vi.unstubAllGlobals();
  await pc?.close();
  await lan?.close();
  if (pcDir) rmSync(pcDir, { recursive: true, force: true });
  lan = pc = pcDir = undefined;
});

describe('the screens of a PC connected to an office host that cannot be reached', () => {
  it('hear of it with the latest snapshot’s time, open the snapshot through the bridge, and go back', async () => {
    lan = await lanOffice('127.0.0.3');
    const standby = mkdtempSync(join(tmpdir(), 'suraksha-standby-'));
    await lan.office.ok('standby.setFolder', { folder: standby }, lan.office.admin);
    pcDir = mkdtempSync(join(tmpdir(), 'suraksha-pc-'));
    const office = new OfficePc({
      store: lan.store,
      target: { address: lan.address, port: lan.port },
      dataDir: pcDir,
      migrationsFolder,
      standbyFolder: standby,
      log: () => undefined,
    });
    pc = office;
    const { code } = await lan.office.ok('devices.pairingCode', {}, lan.office.admin);
    await office.call('devices.pair', { code, deviceName: 'Data entry PC' }, null);
    const { takenAt } = await lan.office.ok('standby.copyNow', {}, lan.office.admin);
    await lan.officeHost.stop();
    let session: string | null = null;
    // The preload's bridge, as main.ts answers it.
    vi.stubGlobal('window', {
      suraksha: {
        call: async (method: string, input: unknown, key?: string) => {
          const answer = await office.call(method, input, session, key);
          if (answer.session !== undefined) session = answer.session;
          return answer.outcome;
        },
        pickFolder: async () => null,
        pickFile: async () => null,
        office: {
          state: async () => office.state(),
          openSnapshot: () => office.openSnapshot(),
          backToHost: async () => (await office.backToHost(), { ok: true, result: null }),
        },
      },
    });
    const { call, desktop, onHostUnreachable } = await import('../../../renderer/api/client');
    const heard: ApiError[] = [];
    const stop = onHostUnreachable((e) => heard.push(e));
    await expect(call('setup.status', {})).rejects.toMatchObject({
      body: { code: 'host_unreachable', values: { snapshotTakenAt: takenAt } },
    });
    stop();
    expect(heard).toHaveLength(1);
    expect(heard[0]?.body.key).toBe('errors.devices.hostUnreachableSnapshot');

    await desktop.openSnapshot();
    expect(await desktop.officeState()).toMatchObject({ showing: 'snapshot', takenAt });
    expect(await call('standby.status', {})).toMatchObject({ mode: 'snapshot', snapshotTakenAt: takenAt });
    await desktop.backToHost();
    expect(await desktop.officeState()).toEqual({ showing: 'host' });
    rmSync(standby, { recursive: true, force: true });
  }, 60_000);
});
