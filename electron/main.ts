import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, safeStorage, shell } from 'electron';
import { callHost } from './host/windowCall';
import type { Forwarded } from './client/officeForwarder';
import { OfficePc } from './client/officePc';
import { fileSecretStore } from './client/secretStore';
import { defaultLanPort, parseListenAddress } from './devices/lanAddress';
import { OfficeHost } from './host/officeHost';
import { startHost } from './host/start';

/**
 * The Electron shell stays thin: it owns the database through the same Host and dispatch as the
 * browser host, and gives the window a single IPC channel into the API plus two native dialogs.
 * Started with `--office-host <address>[:port]` (or SURAKSHA_OFFICE_HOST), or once paired with one,
 * it holds no data: every call goes to the office host over HTTPS instead.
 */
const tokens = new Map<number, string>();

type Caller = (method: string, input: unknown, session: string | null, idempotencyKey?: string) => Promise<Forwarded>;

function argument(name: string, env: string): string | null {
  const at = process.argv.indexOf(name);
  return process.env[env] ?? (at >= 0 ? (process.argv[at + 1] ?? null) : null);
}

/** The device token sealed with the OS keyring (safeStorage) where it has one; a 0600 file where not. */
function connectionStore(dataDir: string) {
  const file = join(dataDir, 'office-connection');
  return safeStorage.isEncryptionAvailable()
    ? fileSecretStore(
        file,
        (text) => safeStorage.encryptString(text),
        (bytes) => safeStorage.decryptString(bytes),
      )
    : fileSecretStore(file);
}

async function localCaller(dataDir: string, appRoot: string): Promise<Caller> {
  const { host, stop } = await startHost({ dataDir, migrationsFolder: join(appRoot, 'drizzle') });
  const officeHost = new OfficeHost(host, join(appRoot, 'out', 'renderer'));
  await officeHost.resume();
  // Quitting waits for the last standby snapshot, then quits for good.
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    void officeHost.stop();
    void stop()
      .catch((err: unknown) => host.log('stopping failed', err))
      .finally(() => {
        stopped = true;
        app.quit();
      });
  });
  return (method, input, session, idempotencyKey) => callHost(host, method, input, session, idempotencyKey);
}

async function createWindow(): Promise<void> {
  const appRoot = app.getAppPath();
  const dataDir = process.env.SURAKSHA_DATA ?? app.getPath('userData');
  const target = argument('--office-host', 'SURAKSHA_OFFICE_HOST');
  const store = connectionStore(dataDir);
  const paired = store.read() !== null;
  // Where the standby's snapshots are, for when the office host cannot be reached (else learned from the host).
  const standbyFolder = argument('--standby-folder', 'SURAKSHA_STANDBY_FOLDER');
  const office =
    target || paired
      ? new OfficePc({
          store,
          target: target ? parseListenAddress(target, defaultLanPort) : null,
          dataDir,
          migrationsFolder: join(appRoot, 'drizzle'),
          standbyFolder,
        })
      : null;
  if (office) app.on('will-quit', () => void office.close());
  const callApi: Caller = office ? office.call.bind(office) : await localCaller(dataDir, appRoot);

  ipcMain.handle('suraksha:call', async (event, method: unknown, input: unknown, idempotencyKey: unknown) => {
    const answer = await callApi(
      typeof method === 'string' ? method : '',
      input,
      tokens.get(event.sender.id) ?? null,
      typeof idempotencyKey === 'string' ? idempotencyKey : undefined,
    );
    if (answer.session) tokens.set(event.sender.id, answer.session);
    else if (answer.session === null) tokens.delete(event.sender.id);
    return answer.outcome;
  });
  // The connected PC's snapshot, opened and closed by the window; each time it starts afresh (a new login).
  ipcMain.handle('suraksha:office', async (event, action: unknown) => {
    if (!office) return null;
    if (action === 'openSnapshot' || action === 'backToHost') {
      const answer = action === 'openSnapshot' ? await office.openSnapshot() : (await office.backToHost(), { ok: true, result: null });
      if (answer.ok) {
        tokens.delete(event.sender.id);
        event.sender.reload();
      }
      return answer;
    }
    return office.state();
  });
  ipcMain.handle('suraksha:pickFolder', async (_event, title: unknown) => {
    // The window names what the folder is for (backups, the standby's snapshots) in the user's language.
    const picked = await dialog.showOpenDialog({
      ...(typeof title === 'string' ? { title } : {}),
      properties: ['openDirectory', 'createDirectory'],
    });
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  });
  ipcMain.handle('suraksha:pickFile', async (_event, extensions: unknown) => {
    const picked = await dialog.showOpenDialog({
      properties: ['openFile'],
      filters: Array.isArray(extensions) ? [{ name: 'Files', extensions: extensions.map(String) }] : [],
    });
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  });

  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Suraksha',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
    },
  });
  win.webContents.on('destroyed', () => tokens.delete(win.webContents.id));
  // Links to the outside world open in the user's browser, never inside the app window.
  win.webContents.setWindowOpenHandler(({ url }) => {
    void shell.openExternal(url);
    return { action: 'deny' };
  });
  await win.loadFile(join(appRoot, 'out', 'renderer', 'index.html'));
}

app.whenReady().then(createWindow, (err: unknown) => {
  dialog.showErrorBox('Suraksha could not start', err instanceof Error ? err.message : String(err));
  app.quit();
});
app.on('window-all-closed', () => app.quit());
