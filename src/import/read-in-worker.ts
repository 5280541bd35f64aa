import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserError } from '../core/errors';
import { DOCUMENT_LIMITS } from './document-limits';
import type { SourceDoc } from './source-lines';

type WorkerAnswer = { ok: true; doc: SourceDoc } | { ok: false; refusal?: { message: string; hint?: string }; error: string };

/**
 * Reads a document in a worker thread with a heap cap and a time limit, so a hostile file can neither
 * exhaust the bot's memory nor stall the event loop that answers Slack and Teams.
 */
export function readInWorker(file: string, bytes: Uint8Array): Promise<SourceDoc> {
  const worker = startWorker();
  return new Promise<SourceDoc>((resolve, reject) => {
    const timer = setTimeout(() => finish(() => reject(overLimit(file, `took longer than ${DOCUMENT_LIMITS.parseTimeoutMs / 1000} seconds to read`))), DOCUMENT_LIMITS.parseTimeoutMs);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      worker.removeAllListeners();
      worker.on('error', () => {});
      void worker.terminate();
      settle();
    };
    worker.once('message', (answer: WorkerAnswer) => finish(() => (answer.ok ? resolve(answer.doc) : reject(toError(answer)))));
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? overLimit(file, `needs more than ${DOCUMENT_LIMITS.workerHeapMb} MB of memory to read`) : error)),
    );
    worker.once('exit', (code) => finish(() => reject(new Error(`document reader stopped (exit ${code})`))));
    worker.postMessage({ name: file, bytes });
  });
}

function toError(answer: Extract<WorkerAnswer, { ok: false }>): Error {
  return answer.refusal ? new UserError(answer.refusal.message, answer.refusal.hint) : new Error(answer.error);
}

function overLimit(file: string, what: string): UserError {
  return new UserError(`${file} ${what}, the limit for a document, so it was not read.`, overLimitHint(file));
}

/** What to do with a document too big to read: another format helps a .docx, not a .pdf. */
export function overLimitHint(file: string): string {
  if (/\.pdf$/i.test(file)) return 'Split the PDF (for example, only the pages with the timetable or the actions), or save its text as .txt and import that.';
  if (/\.docx$/i.test(file)) return 'Import the document itself without embedded files, or save it as .pdf or .txt.';
  return 'Import a smaller part of it, or save its text as .txt and import that.';
}

const resourceLimits = () => ({ maxOldGenerationSizeMb: DOCUMENT_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 16 });

/** The bundle ships dist/document-worker.js; run from sources (tests, tsx), the .ts entry is loaded through tsx. */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./document-worker.js', here), { resourceLimits: resourceLimits() });
  const entry = new URL('./document-worker.ts', here);
  const tsxRoot = dirname(createRequire(here).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(code, { eval: true, resourceLimits: resourceLimits() });
}
