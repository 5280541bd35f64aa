import { UserError } from '../core/errors';
import { DownloadError, downloadDocument } from './download-bounded';
import { pageToText } from './page-to-text';

export interface FetchedPage {
  /** A file name for sources and messages: the page's last path segment, e.g. "mp200.txt". */
  name: string;
  bytes: Uint8Array;
}

export type PageFetcher = (url: string) => Promise<FetchedPage>;

export interface PageFetcherOptions {
  /** `host` or `host:port` entries (SECBOT_IMPORT_HOSTS); undefined = the SECAS website only. */
  hosts?: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
}

export const SECAS_HOSTS = ['smartenergycodecompany.co.uk', 'www.smartenergycodecompany.co.uk'];
const MAX_REDIRECTS = 5;
const HINT = 'Import pages of the SECAS website, e.g. npx secbot import https://smartenergycodecompany.co.uk/modifications/mp200/ --dry-run (other hosts: SECBOT_IMPORT_HOSTS).';

export const isUrl = (text: string): boolean => /^https?:\/\//i.test(text.trim());

/** SECBOT_IMPORT_HOSTS="a.example,127.0.0.1:8080" → its entries, lower-cased; unset or empty → undefined. */
export function importHostsFrom(value: string | undefined): string[] | undefined {
  const hosts = (value ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
  const bad = hosts.find((h) => !/^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/.test(h));
  if (bad) throw new UserError(`SECBOT_IMPORT_HOSTS has "${bad}", which is not a host name.`, 'Use host names, optionally with a port: SECBOT_IMPORT_HOSTS=smartenergycodecompany.co.uk,127.0.0.1:8080');
  return hosts.length ? hosts : undefined;
}

/**
 * Downloads a page from an allowed host: https only (plain http only for hosts configured explicitly,
 * as tests do), redirects followed by hand with every hop re-checked, the body streamed under a byte
 * cap and a timeout. HTML becomes text; PDF and Word files are passed on as they are.
 */
export function createPageFetcher(options: PageFetcherOptions = {}): PageFetcher {
  const explicit = options.hosts;
  const allowed = new Set(explicit ?? SECAS_HOSTS);
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  return async (input) => {
    let last = check(input, allowed, !!explicit);
    let hops = 0;
    // Every hop is checked again: a redirect to another host, or from https to http, is refused.
    const allowedHop = (url: URL) => ((last = check(url.href, allowed, !!explicit, hops++ ? input : undefined)), true);
    try {
      const page = await downloadDocument(last.href, { allowed: allowedHop, maxBytes, timeoutMs: options.timeoutMs ?? 20_000, maxRedirects: MAX_REDIRECTS, headers: { 'user-agent': 'secbot-import' } });
      return toPage(page.url, page.contentType, page.bytes);
    } catch (error) {
      if (error instanceof DownloadError) throw new UserError(`${last.href}: ${error.message}.`, HINT);
      if (error instanceof TypeError) throw new UserError(`${last.href} could not be fetched: ${error.message}.`, HINT);
      throw error;
    }
  };
}

function check(text: string, allowed: ReadonlySet<string>, explicit: boolean, from?: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError(`"${text}" is not a web address.`, HINT);
  }
  const host = url.host.toLowerCase();
  const via = from ? ` (a redirect from ${from})` : '';
  if (!allowed.has(host) && !allowed.has(url.hostname.toLowerCase())) throw new UserError(`${url.href}${via} is not on an allowed host (${[...allowed].join(', ')}).`, HINT);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && explicit)) throw new UserError(`${url.href}${via} is not https.`, HINT);
  return url;
}

function toPage(url: URL, type: string, bytes: Uint8Array): FetchedPage {
  const slug = url.pathname.split('/').filter(Boolean).pop() ?? url.hostname;
  const base = slug.replace(/\.(html?|php|aspx?)$/i, '');
  if (/pdf/i.test(type) || /\.pdf$/i.test(slug)) return { name: /\.pdf$/i.test(base) ? base : `${base}.pdf`, bytes };
  if (/officedocument|msword/i.test(type) || /\.docx$/i.test(slug)) return { name: /\.docx$/i.test(base) ? base : `${base}.docx`, bytes };
  const text = new TextDecoder('utf-8').decode(bytes);
  const html = /html/i.test(type) || /^\s*<(!doctype|html)/i.test(text);
  return { name: `${base.replace(/\.txt$/i, '')}.txt`, bytes: new TextEncoder().encode(html ? pageToText(text) : text) };
}
