import { readStandbyMarker, standbySnapshotFile } from '../host/standby';

/** The latest snapshot in a standby folder, as a connected PC offers it: when it was taken, and by which host. */
export interface LatestSnapshot {
  folder: string;
  takenAt: string;
  hostName: string;
}

/**
 * The snapshot the host last copied into `folder` (standby.ts names the file and its marker), or
 * null when there is no whole one or the folder cannot be read from this PC (the standby PC is off).
 * The marker is written after the file, so a marker means the file beside it is whole.
 */
export function latestSnapshot(folder: string): LatestSnapshot | null {
  const marker = readStandbyMarker(folder);
  if (!marker || !standbySnapshotFile(folder)) return null;
  return { folder, takenAt: marker.takenAt, hostName: marker.hostName };
}
