import type { Response } from 'express';
import { escapeHtml } from './escape-html';

export interface LinkPage {
  status: number;
  title: string;
  text: string;
  /** A button that POSTs back to the same link (the change is made only on POST). */
  confirm?: string;
  /** A link to show, e.g. the calendar feed just made. */
  link?: string;
}

/** A small, self-contained page: every text escaped, no scripts, not cached, never framed. */
export function sendLinkPage(res: Response, page: LinkPage): void {
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(page.title)} · secbot</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;max-width:36em;margin:3em auto;padding:0 1em;color:#1d1d1d">',
    `<h1 style="font-size:20px">${escapeHtml(page.title)}</h1>`,
    `<p>${escapeHtml(page.text)}</p>`,
    page.link ? `<p><a href="${escapeHtml(page.link)}">${escapeHtml(page.link)}</a></p>` : '',
    page.confirm ? `<form method="post"><button type="submit" style="padding:8px 18px;font-size:15px">${escapeHtml(page.confirm)}</button></form>` : '',
    '</body></html>',
  ].join('\n');
  res
    .status(page.status)
    .set({ 'Cache-Control': 'no-store', 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'", 'Referrer-Policy': 'no-referrer' })
    .type('html')
    .send(html);
}
