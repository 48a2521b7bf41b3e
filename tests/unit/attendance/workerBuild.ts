import { builtWorker } from '../workerBuild';

/** The commit worker bundled as the app bundles it, for tests that run the TypeScript sources. */
export function builtCommitWorker(): Promise<string> {
  return builtWorker('electron/attendance/commitWorker.ts');
}
