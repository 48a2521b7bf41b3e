import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHttpHost } from './http';
import { defaultDataDir } from './paths';
import { startHost } from './start';

/** `npm run serve [-- --port N --data DIR --host 127.0.0.1]`: Suraksha in a browser. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '8474' },
      data: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const dataDir = resolve(values.data ?? defaultDataDir());
  const appRoot = resolve(__dirname, '..', '..');
  const { host, stop } = await startHost({ dataDir, migrationsFolder: resolve(appRoot, 'drizzle') });
  // The renderer built beside this bundle (out/renderer next to out/electron).
  const server = createHttpHost(host, resolve(__dirname, '..', 'renderer'));
  server.listen(Number(values.port), values.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : values.port;
    console.log(`Suraksha is running at http://${values.host}:${port}/`);
    console.log(`Data folder: ${dataDir}`);
  });
  const shutdown = () => {
    server.close();
    stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
