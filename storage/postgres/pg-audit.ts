import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort, type TransferListItem } from 'node:worker_threads';
import type pg from 'pg';
import { refKey, type AuditRef } from '../audit-refs';
import type { JournalLine } from '../journal-line';
import type { AuditEntry } from '../schema';
import { StoreError } from '../store-error';

export interface AuditReader {
  entries(refs?: readonly AuditRef[]): AuditEntry[];
  close(): Promise<void>;
}

/**
 * `auditOf` on PostgreSQL: an indexed query on secbot_audit.refs, answered synchronously as the port
 * requires (the file store reads its journal by offset the same way). The query runs on a worker thread
 * with its own connection; this thread waits for it (a millisecond or two on a nearby server), so history
 * is never held in memory and is the same on every instance.
 */
export function createAuditReader(connection: pg.ClientConfig, timeoutMs: number): AuditReader {
  let worker: { thread: Worker; port: MessagePort; signal: Int32Array } | undefined;
  const start = () => {
    const flag = new SharedArrayBuffer(4);
    const { port1, port2 } = new MessageChannel();
    const thread = startWorker({ connection, flag, port: port2 }, [port2]);
    thread.unref();
    port1.unref();
    return { thread, port: port1, signal: new Int32Array(flag) };
  };
  return {
    entries(refs) {
      worker ??= start();
      Atomics.store(worker.signal, 0, 0);
      worker.port.postMessage({ refs: refs ? [...new Set(refs.map(refKey))] : null });
      if (Atomics.wait(worker.signal, 0, 0, timeoutMs) === 'timed-out') throw new StoreError(`The history could not be read from the database within ${timeoutMs} ms.`, 'Try again; check /healthz if it keeps failing.');
      const reply = receiveMessageOnPort(worker.port)?.message as { lines: string[] } | { error: string } | undefined;
      if (!reply || 'error' in reply) throw new StoreError(`The history could not be read from the database: ${reply ? reply.error : 'no answer'}.`);
      return reply.lines.map((text) => toEntry(JSON.parse(text) as JournalLine));
    },
    async close() {
      await worker?.thread.terminate();
      worker = undefined;
    },
  };
}

function toEntry(line: JournalLine): AuditEntry {
  return { at: line.at, actor: line.actor, command: line.command, changes: line.changes };
}

/** The bundle ships dist/pg-audit-worker.js; run from sources (tests, tsx), the .ts entry is loaded through tsx. */
function startWorker(workerData: unknown, transferList: TransferListItem[]): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./pg-audit-worker.js', here), { workerData, transferList });
  const entry = new URL('./pg-audit-worker.ts', here);
  const tsxRoot = dirname(createRequire(here).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(code, { eval: true, workerData, transferList });
}
