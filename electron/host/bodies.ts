import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The largest file one upload may stream to disk: a block office's database is ~400 MB. */
export const maxUploadBytes = 2 * 1024 * 1024 * 1024;

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`body larger than ${limit} bytes`);
    this.name = 'BodyTooLarge';
  }
}

/**
 * Reads a JSON body of at most `limit` bytes. Nothing here throws out of a stream handler: every
 * failure (too large, a broken connection, bytes that are not text) rejects the promise instead.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const fail = (err: Error) => {
      if (done) return;
      done = true;
      chunks.length = 0;
      reject(err);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        fail(new BodyTooLarge(limit));
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      try {
        resolve(Buffer.concat(chunks).toString('utf8'));
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    req.on('error', (err) => fail(err));
    req.on('aborted', () => fail(new Error('request aborted')));
  });
}

export function uploadPath(tmpDir: string, uploadId: string): string {
  return join(tmpDir, `upload-${uploadId}.sqlite`);
}

/**
 * Streams a request body to `tmpDir` under a temporary name, renamed only once the last byte is
 * on disk: a cut connection leaves no file that looks complete (and the next start sweeps tmp/).
 */
export async function receiveUpload(req: IncomingMessage, tmpDir: string, limit = maxUploadBytes): Promise<string> {
  mkdirSync(tmpDir, { recursive: true });
  const uploadId = randomUUID();
  const final = uploadPath(tmpDir, uploadId);
  const partial = `${final}.part`;
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      size += chunk.length;
      if (size > limit) next(new BodyTooLarge(limit));
      else next(null, chunk);
    },
  });
  try {
    await pipeline(req, counter, createWriteStream(partial, { flags: 'wx' }));
    renameSync(partial, final);
    return uploadId;
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  }
}
