import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `npx secbot import URL`, as a process, against a loopback web server standing in for the SECAS website. */
const repo = join(import.meta.dirname, '..', '..');
let dir: string;
let server: Server;
let host: string;
const requests: string[] = [];

const NOTICE = `<!doctype html><html><head><title>SEC v62.0</title><script>var tracking = "MP999 'Not real'";</script><style>p{}</style></head>
<body><nav><a href="/">Home</a> MP998</nav><main><article>
<h1>SEC v62.0 released to implement MP200</h1><p>18 July 2022</p>
<p>An updated version of the SEC came into effect on 18 July 2022 to implement MP200 &lsquo;Faster Switching consequential changes to the SEC&rsquo;.</p>
<p>MP200 is an Authority-Led Variation.</p></article></main></body></html>`;

const SCOPE = `<html><body><h1>June 2022 SEC Release</h1><p>The June 2022 SEC Release was implemented on 30 June 2022.</p>
<table><tr><th>Modification</th><th>Title</th><th>Status</th></tr>
<tr><td>MP162</td><td>&#8216;SEC changes required to deliver MHHS&#8217;</td><td>Implemented</td></tr>
<tr><td>MP170</td><td>Alternative HAN Forum cost recovery</td><td>Implemented</td></tr></table></body></html>`;

function secbot(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|TEAMS_|SECBOT_)/.test(k)));
  const child = spawn(process.execPath, [join(repo, 'bin/secbot.js'), ...args], { cwd: dir, env: { ...clean, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return once(child, 'close').then(([status]) => ({ status: status as number | null, stdout, stderr }));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secbot-url-'));
  server = createServer((req, res) => {
    requests.push(req.url!);
    if (req.url === '/news/sec-v62-0-released/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(NOTICE);
    if (req.url === '/releases/june-2022/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(SCOPE);
    if (req.url === '/old-link') return void res.writeHead(301, { location: '/releases/june-2022/' }).end();
    if (req.url === '/elsewhere') return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = 'x'.repeat(1024 * 1024);
      for (let i = 0; i < 6; i++) res.write(chunk);
      return void res.end();
    }
    res.writeHead(404).end('not found');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  host = `127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('npx secbot import URL', () => {
  it('fetches a page from an allowed host, reads its HTML as text and imports it (scripts and navigation ignored)', async () => {
    const data = join(dir, 'store.json');
    await secbot(['--data', data, 'init'], {});
    const run = await secbot(['--data', data, 'import', `http://${host}/news/sec-v62-0-released/`, '--dry-run', '--json'], { SECBOT_IMPORT_HOSTS: host });
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.documents).toEqual([{ file: 'sec-v62-0-released.txt', kind: 'release-notice', date: '2022-07-18' }]);
    expect(json.proposals.map((p: { ref: string; title: string }) => [p.ref, p.title])).toEqual([['MP200', 'Faster Switching consequential changes to the SEC']]);
    expect(json.proposals[0]).toMatchObject({ change: 'new', stage: 'Implemented', since: '2022-07-18', path: 'Path 1: Authority-led' });
  });

  it('follows a redirect on the same host, and applies a release table', async () => {
    const data = join(dir, 'apply.json');
    await secbot(['--data', data, 'init'], {});
    const run = await secbot(['--data', data, 'import', `http://${host}/old-link`], { SECBOT_IMPORT_HOSTS: host });
    expect(run.status, run.stderr).toBe(0);
    const status = await secbot(['--data', data, 'status', 'MP162'], {});
    expect(status.stdout).toContain('MP162 — SEC changes required to deliver MHHS');
    expect(status.stdout).toContain('Implemented');
  });

  const refusing = () => ({ SECBOT_IMPORT_HOSTS: host, SECBOT_DATA: join(dir, 'store.json') });

  it('refuses a redirect to another host, without requesting it', async () => {
    const redirect = await secbot(['import', `http://${host}/elsewhere`, '--dry-run'], refusing());
    expect(redirect.status).toBe(1);
    expect(redirect.stderr).toContain(`http://169.254.169.254/latest/meta-data/ (a redirect from http://${host}/elsewhere) is not on an allowed host`);
    expect(requests).not.toContain('/latest/meta-data/');
  });

  it('refuses a host not allowed, and plain http unless the host is configured explicitly', async () => {
    const other = await secbot(['import', 'https://example.com/page', '--dry-run'], refusing());
    expect(other.stderr).toContain('https://example.com/page is not on an allowed host');
    const byDefault = await secbot(['import', `http://${host}/news/sec-v62-0-released/`, '--dry-run'], { SECBOT_DATA: refusing().SECBOT_DATA });
    expect(byDefault.stderr).toContain('is not on an allowed host (smartenergycodecompany.co.uk, www.smartenergycodecompany.co.uk)');
    const plain = await secbot(['import', 'http://smartenergycodecompany.co.uk/mp200/', '--dry-run'], { SECBOT_DATA: refusing().SECBOT_DATA });
    expect(plain.stderr).toContain('http://smartenergycodecompany.co.uk/mp200/ is not https');
  });

  it('stops reading a page over 5 MB', async () => {
    const huge = await secbot(['import', `http://${host}/huge`, '--dry-run'], refusing());
    expect(huge.status).toBe(1);
    expect(huge.stderr).toContain('is larger than 5 MB');
  });

  it('says which page was not found', async () => {
    const run = await secbot(['import', `http://${host}/missing`, '--dry-run'], refusing());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`http://${host}/missing: the file host answered 404`);
  });
});
