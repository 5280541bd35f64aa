import type { ServerResponse } from 'node:http';

const CHUNK = Buffer.alloc(64 * 1024, 'A');
const STOP_AT = 300 * 1024 * 1024;

/** Streams an endless (chunked, no Content-Length) body until the client hangs up; counts what went out. */
export function streamEndless(res: ServerResponse, counter: { sent: number }): void {
  res.writeHead(200, { 'content-type': 'application/octet-stream' });
  const pump = () => {
    while (!res.destroyed && counter.sent < STOP_AT) {
      counter.sent += CHUNK.length;
      if (!res.write(CHUNK)) return void res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => res.destroy());
  pump();
}
