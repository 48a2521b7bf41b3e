import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:https';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../api/errors';
import { officeCertificate } from '../devices/certificate';
import { defaultLanPort, lanAddressProblem, urlHost } from '../devices/lanAddress';
import {
  attachOfficeHost,
  type InterfaceAddress,
  type Listener,
  type OfficeHostConfig,
  type OfficeHostControl,
  type OfficeHostStatus,
} from '../devices/officeHostControl';
import { PairingCodes } from '../devices/pairingCodes';
import type { Host } from './host';
import { createHttpHost } from './http';

const off: OfficeHostConfig = { on: false, addresses: [], port: defaultLanPort };

function configFile(dataDir: string): string {
  return join(dataDir, 'office-host', 'config.json');
}

/**
 * This PC's choice of being the office host lives in its data folder, not in the database: the
 * interfaces are this PC's, and a backup restored on another PC must not make that one listen.
 */
export function readOfficeHostConfig(dataDir: string): OfficeHostConfig {
  const file = configFile(dataDir);
  if (!existsSync(file)) return off;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<OfficeHostConfig>;
    return {
      on: parsed.on === true,
      addresses: Array.isArray(parsed.addresses) ? parsed.addresses.map(String) : [],
      port: typeof parsed.port === 'number' ? parsed.port : defaultLanPort,
    };
  } catch {
    return off;
  }
}

function writeOfficeHostConfig(dataDir: string, config: OfficeHostConfig): void {
  const file = configFile(dataDir);
  mkdirSync(join(dataDir, 'office-host'), { recursive: true, mode: 0o700 });
  writeFileSync(`${file}.part`, JSON.stringify(config, null, 2));
  renameSync(`${file}.part`, file);
}

export function interfaceAddresses(): InterfaceAddress[] {
  return Object.entries(networkInterfaces()).flatMap(([interfaceName, list]) =>
    (list ?? []).map((i) => {
      const address = i.family === 'IPv6' && i.scopeid ? `${i.address}%${interfaceName}` : i.address;
      return { interfaceName, address, family: i.family, private: lanAddressProblem(address) === null };
    }),
  );
}

/** Every problem of a configuration at once, each at its field (`addresses.1`, `port`). */
export function configProblems(config: OfficeHostConfig): UserError | null {
  const problems: UserError[] = [];
  config.addresses.forEach((address, i) => {
    const key = lanAddressProblem(address);
    if (key) problems.push(new UserError('invalid_input', key, { address }, { field: `addresses.${i}` }));
  });
  if (config.on && config.addresses.length === 0) {
    problems.push(new UserError('invalid_input', 'errors.devices.chooseAddress', {}, { field: 'addresses' }));
  }
  if (!Number.isInteger(config.port) || config.port < 1024 || config.port > 65535) {
    problems.push(new UserError('invalid_input', 'errors.devices.portRange', {}, { field: 'port' }));
  }
  return UserError.allOf(problems);
}

function listen(server: Server, address: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const failed = (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message);
    server.once('error', failed);
    server.listen(port, address, () => {
      server.off('error', failed);
      resolve(null);
    });
  });
}

/**
 * The office LAN host: HTTPS on the private addresses the administrator chose, with this PC's
 * long-lived certificate, and every request but pairing needing a paired device's token. The
 * plain-HTTP host on 127.0.0.1 (or the desktop window) is not touched by any of this.
 */
export class OfficeHost implements OfficeHostControl {
  readonly pairing = new PairingCodes();
  private servers: { server: Server; listener: Listener }[] = [];
  private config: OfficeHostConfig;
  private fingerprint: string | null = null;
  private fromCommandLine = false;

  constructor(
    private readonly host: Host,
    private readonly rendererDir: string,
  ) {
    this.config = readOfficeHostConfig(host.options.dataDir);
    attachOfficeHost(host, this);
  }

  status(): OfficeHostStatus {
    return {
      config: this.config,
      listening: this.servers.map((s) => s.listener),
      fingerprint: this.fingerprint,
      interfaces: interfaceAddresses(),
      fromCommandLine: this.fromCommandLine,
    };
  }

  /** Starts what the saved setting says (at the host's start). */
  async resume(): Promise<OfficeHostStatus> {
    return this.start(this.config);
  }

  /** `npm run serve -- --lan <address>[:port]`: listens for this run, the saved setting unchanged. */
  async startFromCommandLine(config: OfficeHostConfig): Promise<OfficeHostStatus> {
    const problem = configProblems(config);
    if (problem) throw problem;
    this.fromCommandLine = true;
    return this.start(config);
  }

  /** The administrator's setting: saved, then the listeners are what it says, at once. */
  async apply(config: OfficeHostConfig): Promise<OfficeHostStatus> {
    const problem = configProblems(config);
    if (problem) throw problem;
    writeOfficeHostConfig(this.host.options.dataDir, config);
    this.fromCommandLine = false;
    return this.start(config);
  }

  private async start(config: OfficeHostConfig): Promise<OfficeHostStatus> {
    await this.stop();
    this.config = config;
    if (!config.on) return this.status();
    const { key, cert, fingerprint } = await officeCertificate(this.host.options.dataDir, this.host.now());
    this.fingerprint = fingerprint;
    for (const address of config.addresses) {
      const server = createHttpHost(this.host, this.rendererDir, { hostNames: [urlHost(address)], tls: { key, cert } }) as Server;
      const problem = await listen(server, address, config.port);
      this.servers.push({ server, listener: { address, port: config.port, problem } });
      if (problem) this.host.log(`the office host could not listen on ${address}:${config.port}: ${problem}`);
    }
    return this.status();
  }

  async stop(): Promise<void> {
    const closing = this.servers.map(
      ({ server }) =>
        new Promise<void>((done) => {
          if (!server.listening) return done();
          server.close(() => done());
          server.closeAllConnections();
        }),
    );
    this.servers = [];
    await Promise.all(closing);
  }
}
