import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface OfficeCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate as colon-separated hex: what a new PC pins and a person compares. */
  fingerprint: string;
}

const validYears = 25;

export function certificateFiles(dataDir: string): { key: string; cert: string } {
  return { key: join(dataDir, 'office-host', 'office-host.key'), cert: join(dataDir, 'office-host', 'office-host.crt') };
}

export function fingerprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256;
}

/**
 * The office host's key and self-signed certificate, made once at its first start as office host
 * and kept in the data folder (the key readable by this user only). Long-lived on purpose: every
 * paired PC pins this certificate, so a new one means pairing every PC again.
 */
export async function officeCertificate(dataDir: string, now: Date): Promise<OfficeCertificate> {
  const files = certificateFiles(dataDir);
  if (!existsSync(files.key) || !existsSync(files.cert)) {
    mkdirSync(join(dataDir, 'office-host'), { recursive: true, mode: 0o700 });
    const notAfter = new Date(now);
    notAfter.setFullYear(notAfter.getFullYear() + validYears);
    const made = await generate([{ name: 'commonName', value: 'Suraksha office host' }], {
      keySize: 2048,
      algorithm: 'sha256',
      notBeforeDate: now,
      notAfterDate: notAfter,
    });
    // The certificate last: a start cut between the two writes makes a new pair, never a key without its certificate.
    writeFileSync(`${files.key}.part`, made.private, { mode: 0o600 });
    renameSync(`${files.key}.part`, files.key);
    writeFileSync(`${files.cert}.part`, made.cert);
    renameSync(`${files.cert}.part`, files.cert);
  }
  // A key copied in with looser rights (a restored folder) is closed again.
  chmodSync(files.key, 0o600);
  const cert = readFileSync(files.cert, 'utf8');
  return { key: readFileSync(files.key, 'utf8'), cert, fingerprint: fingerprintOf(cert) };
}
