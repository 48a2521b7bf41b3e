import { parentPort } from 'node:worker_threads';
import { parseJob, type ParseJob } from './parseJobs';

/**
 * The worker_threads entry that reads registers off the main thread (bundled to parseWorker.cjs
 * beside serve.cjs and main.cjs): one message in, one ParsedFile out.
 */
export interface ParseRequest {
  id: number;
  job: ParseJob;
}

parentPort?.on('message', (request: ParseRequest) => {
  parentPort?.postMessage({ id: request.id, file: parseJob(request.job) });
});
