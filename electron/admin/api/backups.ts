import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { writeAudit } from '../audit';
import { copyAttachments, removePartialCopies } from '../attachmentCopy';
import { backupTo, looksWhole, removePartialBackups, timestampForFile } from '../backup';
import { inspectBackup } from '../backupCheck';
import { checkedBackupFolder, isFullPath, listFolders, offeredForRestore } from '../backupFolders';
import { uploadPath } from '../../host/bodies';
import { auditLog, users } from '../../db/schema';
import { UserError } from '../../api/errors';
import { method, type ApiArea, type Ctx } from '../../api/types';

const restoreSource = z.union([
  z.object({ path: z.string().min(1, 'errors.required') }),
  /** A file streamed to the host first (`POST /upload/restore`), never carried inside the JSON. */
  z.object({ uploadId: z.uuid('errors.host.uploadMissing'), fileName: z.string().trim().min(1).max(255) }),
]);

/** Where the file to restore lives on disk: a path as given, or an upload the host streamed to tmp/. */
function stagedFile(ctx: Ctx, source: z.output<typeof restoreSource>): { file: string; label: string } {
  if ('path' in source) {
    if (!isAbsolute(source.path)) throw new UserError('invalid_input', 'errors.absolutePath', {}, { field: 'path' });
    return { file: source.path, label: basename(source.path) };
  }
  const file = uploadPath(ctx.host.tmpDir, source.uploadId);
  if (!existsSync(file))
    throw new UserError('upload_missing', 'errors.host.uploadMissing', { file: source.fileName }, { file: source.fileName });
  return { file, label: source.fileName };
}

/** A backup folder the user picked (checked: full path, exists, writable), or Suraksha's own. */
function backupFolder(given: string | undefined, fallback: string): string {
  if (!given) {
    mkdirSync(fallback, { recursive: true });
    return fallback;
  }
  return checkedBackupFolder(given);
}

/** The folders backups were made into by hand, newest first, read from the audit log that records each. */
function foldersBackedUpInto(ctx: Ctx): string[] {
  const rows = ctx.db
    .select({ summary: auditLog.summary })
    .from(auditLog)
    .where(eq(auditLog.action, 'admin.backupNow'))
    .orderBy(desc(auditLog.id))
    .limit(200)
    .all();
  const folders = rows.map((r) => (r.summary ? dirname(r.summary) : '')).filter((f) => f !== '' && isFullPath(f));
  return [...new Set(folders)].slice(0, 20);
}

/** Backups: taken by hand, listed, checked and restored. */
export const backupsApi = {
  /** A consistent copy of the database into a folder the user picks (default: the data folder's backups). */
  'admin.backupNow': method({
    input: z.object({ folder: z.string().trim().optional() }),
    permission: 'backup.run',
    handler: async (ctx, input) => {
      const folder = backupFolder(input.folder, join(ctx.host.backupsDir, 'manual'));
      const file = join(folder, `suraksha-${timestampForFile(ctx.now)}.sqlite`);
      let result: { path: string; bytes: number };
      try {
        removePartialBackups(folder);
        removePartialCopies(join(folder, 'attachments'));
        result = await backupTo(ctx.sqlite, file);
        copyAttachments(join(ctx.host.options.dataDir, 'attachments'), join(folder, 'attachments'));
      } catch {
        throw new UserError('backup_folder', 'errors.backupFolder', { folder }, { field: 'folder' });
      }
      ctx.write((w) =>
        w.audit({ action: 'admin.backupNow', entity: 'backup', entityId: basename(file), summary: file, facts: { ref: file } }),
      );
      return result;
    },
  }),

  'admin.listBackups': method({
    input: z.object({}),
    permission: 'backup.run',
    handler: (ctx) => {
      const found: { path: string; kind: string; bytes: number; modifiedAt: string }[] = [];
      const own = ['manual', 'daily', ''].map((kind) => ({ kind, dir: join(ctx.host.backupsDir, kind) }));
      const elsewhere = foldersBackedUpInto(ctx)
        .filter((dir) => !own.some((o) => resolve(o.dir) === resolve(dir)))
        .map((dir) => ({ kind: 'manual', dir }));
      for (const { kind, dir } of [...own, ...elsewhere]) {
        let names: string[] = [];
        try {
          names = readdirSync(dir);
        } catch {
          continue;
        }
        for (const name of names.filter((n) => n.endsWith('.sqlite'))) {
          const path = join(dir, name);
          // A file cut short (by a power failure, under an old version's final name) is never offered.
          if (!looksWhole(path)) continue;
          // Nor one a restore would refuse: the copy taken before setup holds no office, another program's file no Suraksha data.
          if (!offeredForRestore(path, ctx.host.options.migrationsFolder)) continue;
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

  /** The folders inside a folder, for choosing a backup folder in the browser build (a browser cannot show the PC's paths). */
  'admin.browseFolders': method({
    input: z.object({ path: z.string().trim().max(1000).optional() }),
    permission: 'backup.run',
    handler: (_ctx, input) => listFolders(input.path || undefined),
  }),

  /** What a backup file holds, checked, before the user confirms replacing today's data with it. */
  'admin.inspectBackup': method({
    input: restoreSource,
    permission: 'backup.restore',
    handler: (ctx, input) => {
      const { file, label } = stagedFile(ctx, input);
      return inspectBackup(file, ctx.host.options.migrationsFolder, label);
    },
  }),

  'admin.restore': method({
    input: restoreSource,
    permission: 'backup.restore',
    handler: async (ctx, input) => {
      const { file, label } = stagedFile(ctx, input);
      try {
        const summary = inspectBackup(file, ctx.host.options.migrationsFolder, label);
        const { safetyCopy } = await ctx.host.replaceDatabase(file);
        // A backup chosen from a folder brings the case attachments saved beside it.
        if ('path' in input) copyAttachments(join(dirname(input.path), 'attachments'), join(ctx.host.options.dataDir, 'attachments'));
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
            facts: { ref: label, safetyCopy },
          }),
        )();
        return { ...summary, safetyCopy };
      } finally {
        if ('uploadId' in input) rmSync(file, { force: true });
      }
    },
  }),
} satisfies ApiArea;
