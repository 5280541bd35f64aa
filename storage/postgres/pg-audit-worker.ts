import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import pg from 'pg';

/**
 * The thread behind the PostgreSQL store's `auditOf`: the port is synchronous (a command reads history
 * while it answers), so the main thread posts the refs, waits on a shared flag, and reads the rows this
 * thread sends back. One connection, one indexed query (secbot_audit.refs, GIN) per call.
 */
interface Request {
  refs: string[] | null;
}

const { connection, flag, port } = workerData as { connection: pg.ClientConfig; flag: SharedArrayBuffer; port: MessagePort };
const signal = new Int32Array(flag);
const client = new pg.Client(connection);
const connected = client.connect();
client.on('error', () => undefined);

port.on('message', (request: Request) => {
  void answer(request).then((reply) => {
    port.postMessage(reply);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
});

async function answer(request: Request): Promise<{ lines: string[] } | { error: string }> {
  try {
    await connected;
    const where = request.refs ? 'refs && $1::text[] AND' : '';
    const { rows } = await client.query(`SELECT line::text AS line FROM secbot_audit WHERE ${where} jsonb_array_length(line->'changes') > 0 ORDER BY seq`, request.refs ? [request.refs] : []);
    return { lines: rows.map((row) => row.line as string) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

parentPort?.on('close', () => void client.end());
