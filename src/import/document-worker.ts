import { parentPort } from 'node:worker_threads';
import { isUserError } from '../core/errors';
import { readDocumentHere } from './read-document';

/** Worker thread entry: reads one document (bytes → numbered lines) and posts the result or the refusal. */
parentPort?.once('message', async ({ name, bytes }: { name: string; bytes: Uint8Array }) => {
  try {
    parentPort!.postMessage({ ok: true, doc: await readDocumentHere(name, bytes) });
  } catch (error) {
    const refusal = isUserError(error) ? { message: error.message, hint: error.hint } : undefined;
    parentPort!.postMessage({ ok: false, refusal, error: error instanceof Error ? error.message : String(error) });
  }
});
