import type { Reply, ReplyButton, ReplyField, ReplySection } from '../../core/reply';
import { escapeHtml } from './escape-html';

export interface EmailLink {
  label: string;
  url: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Turns a reply's button into a link, or leaves it out (a chat-only command has no page). */
export type ButtonLink = (button: ReplyButton) => EmailLink | undefined;

const SUBJECT_MAX = 150;

/** A reply as an email: the title is the subject; a plain-text part always, and HTML with every user text escaped. */
export function renderEmail(reply: Reply, linkFor: ButtonLink, footer: readonly EmailLink[]): RenderedEmail {
  const sections: ReplySection[] = [
    { ...(reply.text ? { text: reply.text } : {}), ...(reply.fields ? { fields: reply.fields } : {}), ...(reply.buttons ? { buttons: reply.buttons } : {}) },
    ...(reply.sections ?? []),
  ];
  const links = sections.map((s) => (s.buttons ?? []).map(linkFor).filter((l): l is EmailLink => l !== undefined));
  const text = [
    reply.title,
    ...sections.map((s, i) => sectionText(s, links[i]!)).filter(Boolean),
    ...(reply.context ?? []),
    footer.map((l) => `${l.label}: ${l.url}`).join('\n'),
  ].filter(Boolean).join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d1d1d">',
    `<h2 style="font-size:18px">${escapeHtml(reply.title)}</h2>`,
    ...sections.map((s, i) => sectionHtml(s, links[i]!)),
    ...(reply.context ?? []).map((c) => `<p style="color:#555">${escapeHtml(c)}</p>`),
    footer.length ? `<p style="color:#555;font-size:12px">${footer.map(anchor).join(' · ')}</p>` : '',
    '</body></html>',
  ].join('\n');
  return { subject: oneLine(reply.title).slice(0, SUBJECT_MAX), text: `${text}\n`, html };
}

function sectionText(s: ReplySection, links: readonly EmailLink[]): string {
  return [
    s.title,
    s.text,
    ...(s.fields ?? []).map((f) => `${f.label}: ${f.value}`),
    ...(s.items ?? []).map((i) => `- ${i}`),
    ...links.map((l) => `${l.label}: ${l.url}`),
  ].filter(Boolean).join('\n');
}

function sectionHtml(s: ReplySection, links: readonly EmailLink[]): string {
  const parts = [
    s.title ? `<h3 style="font-size:15px;margin-bottom:4px">${escapeHtml(s.title)}</h3>` : '',
    s.text ? `<p style="white-space:pre-wrap">${escapeHtml(s.text)}</p>` : '',
    s.fields?.length ? fieldsHtml(s.fields) : '',
    s.items?.length ? `<ul>${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '',
    links.length ? `<p>${links.map(button).join(' ')}</p>` : '',
  ];
  return parts.some(Boolean) ? `<div style="margin-bottom:16px">${parts.join('')}</div>` : '';
}

function fieldsHtml(fields: readonly ReplyField[]): string {
  const rows = fields.map((f) => `<tr><td style="color:#555;padding-right:12px">${escapeHtml(f.label)}</td><td>${escapeHtml(f.value)}</td></tr>`);
  return `<table cellpadding="2" cellspacing="0">${rows.join('')}</table>`;
}

const anchor = (l: EmailLink) => `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`;
const button = (l: EmailLink) =>
  `<a href="${escapeHtml(l.url)}" style="display:inline-block;padding:6px 14px;margin-right:8px;background:#1a5fb4;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(l.label)}</a>`;

const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();
