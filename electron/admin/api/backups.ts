import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from '../audit';
import { backupTo, copyMissingFiles, inspectBackup, timestampForFile } from '../backup';
import { readSettings, settingDefaults, type SettingKey } from '../settings';
import { communitySettingsInput } from '../../community/settings';
import { recomputeFlags } from '../../attendance/flagStore';
import { settings, users } from '../../db/schema';
import { UserError } from '../../api/errors';
import { method, type ApiArea, type Ctx } from '../../api/types';

const maxUploadBytes = 512 * 1024 * 1024;

const restoreSource = z.union([
  z.object({ path: z.string().min(1, 'errors.required') }),
  z.object({ fileName: z.string().min(1).max(255), contentBase64: z.string().min(1, 'errors.required') }),
]);

/** Where the file to restore lives on disk: a path as given, or an upload written to the data folder. */
function stageRestoreFile(ctx: Ctx, source: z.output<typeof restoreSource>): { file: string; label: string; temporary: boolean } {
  if ('path' in source) {
    if (!isAbsolute(source.path)) throw new UserError('invalid_input', 'errors.absolutePath', {}, { field: 'path' });
    return { file: source.path, label: basename(source.path), temporary: false };
  }
  const bytes = Buffer.from(source.contentBase64, 'base64');
  if (bytes.length > maxUploadBytes)
    throw new UserError('too_large', 'errors.backupTooLarge', { file: source.fileName }, { file: source.fileName });
  const dir = join(ctx.host.options.dataDir, 'tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `restore-${timestampForFile(ctx.now)}-${process.pid}.sqlite`);
  writeFileSync(file, bytes);
  return { file, label: source.fileName, temporary: true };
}

function withStaged<T>(ctx: Ctx, source: z.output<typeof restoreSource>, fn: (file: string, label: string) => Promise<T> | T): Promise<T> {
  const staged = stageRestoreFile(ctx, source);
  return Promise.resolve()
    .then(() => fn(staged.file, staged.label))
    .finally(() => {
      if (staged.temporary) rmSync(staged.file, { force: true });
    });
}

export const adminApi = {
  /** A consistent copy of the database into a folder the user picks (default: the data folder's backups). */
  'admin.backupNow': method({
    input: z.object({ folder: z.string().trim().optional() }),
    permission: 'backup.run',
    handler: async (ctx, input) => {
      const folder = input.folder ? resolve(input.folder) : join(ctx.host.backupsDir, 'manual');
      try {
        mkdirSync(folder, { recursive: true });
      } catch {
        throw new UserError('backup_folder', 'errors.backupFolder', { folder }, { field: 'folder' });
      }
      const file = join(folder, `suraksha-${timestampForFile(ctx.now)}.sqlite`);
      let result: { path: string; bytes: number };
      try {
        result = await backupTo(ctx.sqlite, file);
        copyMissingFiles(join(ctx.host.options.dataDir, 'attachments'), join(folder, 'attachments'));
      } catch {
        throw new UserError('backup_folder', 'errors.backupFolder', { folder }, { field: 'folder' });
      }
      ctx.write((w) => w.audit({ action: 'admin.backupNow', entity: 'backup', entityId: basename(file), summary: file }));
      return result;
    },
  }),

  'admin.listBackups': method({
    input: z.object({}),
    permission: 'backup.run',
    handler: (ctx) => {
      const found: { path: string; kind: string; bytes: number; modifiedAt: string }[] = [];
      for (const kind of ['manual', 'daily', '']) {
        const dir = join(ctx.host.backupsDir, kind);
        let names: string[] = [];
        try {
          names = readdirSync(dir);
        } catch {
          continue;
        }
        for (const name of names.filter((n) => n.endsWith('.sqlite'))) {
          const path = join(dir, name);
          const st = statSync(path);
          found.push({
            path,
            kind: kind || (name.includes('before-restore') ? 'before-restore' : 'before-upgrade'),
            bytes: st.size,
            modifiedAt: st.mtime.toISOString(),
          });
        }
      }
      return found.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
    },
  }),

  /** What a backup file holds, checked, before the user confirms replacing today's data with it. */
  'admin.inspectBackup': method({
    input: restoreSource,
    permission: 'backup.restore',
    handler: (ctx, input) => withStaged(ctx, input, (file, label) => inspectBackup(file, ctx.host.options.migrationsFolder, label)),
  }),

  'admin.restore': method({
    input: restoreSource,
    permission: 'backup.restore',
    handler: (ctx, input) =>
      withStaged(ctx, input, async (file, label) => {
        const summary = inspectBackup(file, ctx.host.options.migrationsFolder, label);
        const { safetyCopy } = await ctx.host.replaceDatabase(file);
        // A backup chosen from a folder brings the case attachments saved beside it.
        if ('path' in input) copyMissingFiles(join(dirname(input.path), 'attachments'), join(ctx.host.options.dataDir, 'attachments'));
        const restored = ctx.host.database.db;
        // Sessions of users who do not exist (or are inactive) in the restored data end now.
        for (const s of ctx.host.sessions.all()) {
          const u = restored.select().from(users).where(eq(users.id, s.userId)).get();
          if (!u || !u.active || u.username !== s.username) ctx.host.sessions.end(s.token);
        }
        const stillThere = restored.select({ id: users.id }).from(users).where(eq(users.id, ctx.session.userId)).get();
        ctx.host.database.sqlite.transaction(() =>
          writeAudit(ctx.host, stillThere ? ctx.session : null, {
            action: 'admin.restore',
            entity: 'backup',
            entityId: label,
            summary: `${ctx.session.username} restored ${label}; the data before it is kept in ${safetyCopy}`,
          }),
        )();
        return { ...summary, safetyCopy };
      }),
  }),

  'settings.get': method({
    input: z.object({}),
    permission: 'session',
    handler: (ctx) => ({ values: ctx.host.settings, defaults: settingDefaults }),
  }),

  'settings.update': method({
    input: z.object({
      sessionTimeoutMinutes: z.number().int().min(5, 'errors.timeoutRange').max(480, 'errors.timeoutRange').optional(),
      lockoutAttempts: z.number().int().min(3, 'errors.lockoutRange').max(20, 'errors.lockoutRange').optional(),
      lockoutMinutes: z.number().int().min(1, 'errors.lockoutRange').max(1440, 'errors.lockoutRange').optional(),
      attendanceThresholdPercent: z
        .number()
        .int()
        .min(1, 'errors.attendance.thresholdRange')
        .max(100, 'errors.attendance.thresholdRange')
        .optional(),
      absenceRunDays: z.number().int().min(2, 'errors.attendance.absenceRunRange').max(60, 'errors.attendance.absenceRunRange').optional(),
      fallingMonths: z.number().int().min(2, 'errors.attendance.fallingRange').max(12, 'errors.attendance.fallingRange').optional(),
      ...communitySettingsInput,
    }),
    permission: 'office.manage',
    handler: (ctx, input) => {
      ctx.write((w) => {
        for (const [key, value] of Object.entries(input) as [SettingKey, number | undefined][]) {
          if (value === undefined) continue;
          w.db
            .insert(settings)
            .values({ key, value: String(value) })
            .onConflictDoUpdate({ target: settings.key, set: { value: String(value) } })
            .run();
          w.audit({ action: 'settings.update', entity: 'settings', entityId: key, summary: `${key} = ${value}` });
        }
        // New thresholds put children on or off the worklist at once, in the same transaction.
        if (input.attendanceThresholdPercent ?? input.absenceRunDays ?? input.fallingMonths) {
          recomputeFlags(ctx.sqlite, readSettings(w.db), ctx.now.toISOString(), 'all');
        }
      });
      ctx.host.reloadSettings();
      return ctx.host.settings;
    },
  }),
} satisfies ApiArea;
