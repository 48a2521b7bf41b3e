import { resolve, sep } from 'node:path';
import { z } from 'zod';
import { writeAudit } from '../audit';
import { checkedBackupFolder } from '../backupFolders';
import { UserError } from '../../api/errors';
import { method, type ApiArea } from '../../api/types';
import { StandbyUnavailable } from '../../host/host';
import { standbyFolderKey } from '../../host/standby';

/**
 * The standby PC: the folder on it the host copies a snapshot into (every 15 minutes and when it
 * stops), the copy taken by hand, what this host is (live, a read-only snapshot, fenced) and, on a
 * standby showing the snapshot, "Make this PC the host".
 */
export const standbyApi = {
  /** What every screen needs to say whether this is the office's host: public, so the login screen shows it too. */
  'standby.status': method({
    input: z.object({}),
    permission: 'public',
    handler: (ctx) => {
      const mode = ctx.host.mode;
      const { folder, marker } = ctx.host.standbyMarker();
      const administrator = ctx.session?.role === 'admin';
      return {
        mode: mode.kind,
        epoch: ctx.host.epoch,
        snapshotTakenAt: mode.kind === 'snapshot' ? mode.takenAt : null,
        takenOverAt: mode.kind === 'fenced' ? mode.takenOverAt : null,
        takenOverBy: mode.kind === 'fenced' ? mode.by : null,
        // Where the copies go is the administrator's business only.
        folder: administrator ? folder : null,
        lastSnapshotAt: administrator ? (marker?.takenAt ?? null) : null,
      };
    },
  }),

  /** The standby PC's folder, as for a backup folder: a full path that exists and can be written. */
  'standby.setFolder': method({
    input: z.object({ folder: z.string().trim().min(1, 'errors.required').max(1000) }),
    permission: 'backup.restore',
    handler: (ctx, input) => {
      const folder = checkedBackupFolder(input.folder);
      const data = resolve(ctx.host.options.dataDir);
      if (folder === data || folder.startsWith(data + sep))
        throw new UserError('invalid_input', 'errors.host.standbyFolderSame', {}, { field: 'folder' });
      ctx.write((w) => {
        w.sqlite
          .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value')
          .run(standbyFolderKey, folder);
        w.audit({ action: 'standby.setFolder', entity: 'settings', entityId: standbyFolderKey, summary: folder, facts: { ref: folder } });
      });
      return { folder };
    },
  }),

  /** "Copy a snapshot now": the same copy the 15-minute timer takes. */
  'standby.copyNow': method({
    input: z.object({}),
    permission: 'backup.restore',
    handler: async (ctx) => {
      const refusal = ctx.host.writeRefusal();
      if (refusal) throw refusal;
      const { folder } = ctx.host.standbyMarker();
      if (!folder) throw new UserError('invalid_input', 'errors.host.standbyNoFolder', {}, { field: 'folder' });
      let marker;
      try {
        marker = await ctx.host.copyToStandby();
      } catch {
        throw new UserError('backup_folder', 'errors.backupFolder', { folder }, { field: 'folder' });
      }
      // Fenced while copying: another PC's snapshot is there now, and stays.
      const fenced = ctx.host.writeRefusal();
      if (!marker || fenced) throw fenced ?? new UserError('invalid_input', 'errors.host.standbyNoFolder', {}, { field: 'folder' });
      return { takenAt: marker.takenAt };
    },
  }),

  /** "Make this PC the host", on the standby showing the snapshot: the snapshot becomes the live database, one epoch up. */
  'standby.promote': method({
    input: z.object({}),
    permission: 'backup.restore',
    handler: async (ctx) => {
      const mode = ctx.host.mode;
      if (mode.kind !== 'snapshot') throw new UserError('invalid_input', 'errors.host.standbyNotSnapshot', {}, {}, 409);
      try {
        const { epoch } = await ctx.host.promote();
        // On the database just made live: the handler's own connection was the snapshot's, now closed.
        writeAudit(ctx.host, ctx.session, {
          action: 'standby.promote',
          entity: 'settings',
          entityId: 'hostEpoch',
          summary: `epoch ${epoch}`,
          facts: { epoch },
        });
        return { epoch };
      } catch (err) {
        if (err instanceof StandbyUnavailable)
          throw new UserError('standby_missing', 'errors.host.standbyMissing', { folder: mode.folder }, {}, 409);
        throw err;
      }
    },
  }),
} satisfies ApiArea;
