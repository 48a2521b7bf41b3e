import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../api/errors';
import { englishMessage } from '../api/messages';
import { createHttpHost, loopbackHostNames } from './http';
import { defaultLanPort, parseListenAddress, urlHost } from '../devices/lanAddress';
import { OfficeHost } from './officeHost';
import { defaultDataDir } from './paths';
import { startHost } from './start';

/**
 * `SURAKSHA_TODAY=YYYY-MM-DD` moves this host's calendar to that day, for end-to-end tests that look
 * at a later month (dues, arrears). The clock keeps running from there, so sessions still expire.
 * Only the serve host reads it; the desktop app always uses the PC's clock.
 */
function testClock(): (() => Date) | undefined {
  const day = process.env.SURAKSHA_TODAY;
  if (!day) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`SURAKSHA_TODAY must be YYYY-MM-DD, not ${day}`);
  const start = new Date();
  const shifted = new Date(start);
  shifted.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const offset = shifted.getTime() - start.getTime();
  return () => new Date(Date.now() + offset);
}

/**
 * `npm run serve [-- --port N --data DIR --host 127.0.0.1 --lan 192.168.1.20[:8475] --snapshot STANDBY_FOLDER]`:
 * Suraksha in a browser. `--lan` (repeatable) makes this PC the office host on that private address for
 * this run, over HTTPS; without it, the office host setting saved from the app applies. `--snapshot` opens
 * the standby PC's latest copy read-only, for when the office host cannot be reached.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '8474' },
      data: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      lan: { type: 'string', multiple: true },
      snapshot: { type: 'string' },
    },
  });
  const dataDir = resolve(values.data ?? defaultDataDir());
  const appRoot = resolve(__dirname, '..', '..');
  const clock = testClock();
  const { host, stop } = await startHost({
    dataDir,
    migrationsFolder: resolve(appRoot, 'drizzle'),
    ...(clock ? { clock } : {}),
    // The standby PC's copy, read-only, while the office host cannot be reached.
    ...(values.snapshot ? { snapshotOf: resolve(values.snapshot) } : {}),
  });
  // The renderer built beside this bundle (out/renderer next to out/electron).
  // The names a browser may use for this host: this PC's, and the address it was told to listen on.
  const hostNames = loopbackHostNames.includes(values.host) ? loopbackHostNames : [...loopbackHostNames, values.host];
  const rendererDir = resolve(__dirname, '..', 'renderer');
  const server = createHttpHost(host, rendererDir, { hostNames });
  const officeHost = new OfficeHost(host, rendererDir);
  const lan = (values.lan ?? []).map((text) => parseListenAddress(text, defaultLanPort));
  const lanStatus = lan.length
    ? await officeHost.startFromCommandLine({ on: true, addresses: lan.map((l) => l.address), port: lan[0]?.port ?? defaultLanPort })
    : await officeHost.resume();
  for (const l of lanStatus.listening) {
    if (l.problem) console.error(`The office host could not listen on ${l.address}:${l.port} (${l.problem})`);
    else console.log(`Office host (HTTPS) at https://${urlHost(l.address)}:${l.port}/`);
  }
  if (lanStatus.fingerprint) console.log(`Office host certificate fingerprint: ${lanStatus.fingerprint}`);
  server.listen(Number(values.port), values.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : values.port;
    console.log(`Suraksha is running at http://${values.host}:${port}/`);
    console.log(`Data folder: ${dataDir}`);
    if (host.mode.kind === 'snapshot') console.log(`Read-only snapshot of ${host.mode.takenAt} from ${values.snapshot ?? ''}`);
    if (clock) console.log(`Today is ${process.env.SURAKSHA_TODAY ?? ''} (SURAKSHA_TODAY)`);
  });
  // A graceful stop copies a last snapshot to the standby PC before the database is closed.
  const shutdown = () => {
    void officeHost.stop();
    server.close();
    stop()
      .catch((err: unknown) => console.error(err))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  // A refused --lan address says why in words, not as a code.
  console.error(err instanceof UserError ? englishMessage(err.key, err.values) : err instanceof Error ? err.message : err);
  process.exit(1);
});
