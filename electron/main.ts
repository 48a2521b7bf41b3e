import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { dispatch } from './api/dispatch';
import { startHost } from './host/start';

/**
 * The Electron shell stays thin: it owns the database through the same Host and dispatch as the
 * browser host, and gives the window a single IPC channel into the API plus two native dialogs.
 */
const tokens = new Map<number, string>();

async function createWindow(): Promise<void> {
  const appRoot = app.getAppPath();
  const { host, stop } = await startHost({
    dataDir: process.env.SURAKSHA_DATA ?? app.getPath('userData'),
    migrationsFolder: join(appRoot, 'drizzle'),
  });
  // Quitting waits for the last standby snapshot, then quits for good.
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    void stop()
      .catch((err: unknown) => host.log('stopping failed', err))
      .finally(() => {
        stopped = true;
        app.quit();
      });
  });

  ipcMain.handle('suraksha:call', (event, method: unknown, input: unknown) =>
    dispatch(host, {
      method: typeof method === 'string' ? method : '',
      input,
      sessionToken: tokens.get(event.sender.id) ?? null,
      setSessionToken: (token) => {
        if (token) tokens.set(event.sender.id, token);
        else tokens.delete(event.sender.id);
      },
    }),
  );
  ipcMain.handle('suraksha:pickFolder', async () => {
    const picked = await dialog.showOpenDialog({ properties: ['openDirectory', 'createDirectory'] });
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
