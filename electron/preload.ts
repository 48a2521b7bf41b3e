import { contextBridge, ipcRenderer } from 'electron';

/** The whole surface the window gets: one call into the API, native file and folder pickers, and the connected PC's snapshot. */
contextBridge.exposeInMainWorld('suraksha', {
  call: (method: string, input: unknown, idempotencyKey?: string): Promise<unknown> =>
    ipcRenderer.invoke('suraksha:call', method, input, idempotencyKey),
  pickFolder: (title: string): Promise<string | null> => ipcRenderer.invoke('suraksha:pickFolder', title),
  pickFile: (extensions: string[]): Promise<string | null> => ipcRenderer.invoke('suraksha:pickFile', extensions),
  /** A PC connected to the office host: what it shows, and the standby's snapshot opened or closed. */
  office: {
    state: (): Promise<unknown> => ipcRenderer.invoke('suraksha:office', 'state'),
    openSnapshot: (): Promise<unknown> => ipcRenderer.invoke('suraksha:office', 'openSnapshot'),
    backToHost: (): Promise<unknown> => ipcRenderer.invoke('suraksha:office', 'backToHost'),
  },
});
