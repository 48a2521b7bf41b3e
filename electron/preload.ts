import { contextBridge, ipcRenderer } from 'electron';

/** The whole surface the window gets: one call into the API, and native file and folder pickers. */
contextBridge.exposeInMainWorld('suraksha', {
  call: (method: string, input: unknown, idempotencyKey?: string): Promise<unknown> =>
    ipcRenderer.invoke('suraksha:call', method, input, idempotencyKey),
  pickFolder: (): Promise<string | null> => ipcRenderer.invoke('suraksha:pickFolder'),
  pickFile: (extensions: string[]): Promise<string | null> => ipcRenderer.invoke('suraksha:pickFile', extensions),
});
