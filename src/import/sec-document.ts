import { UserError } from '../core/errors';
import { refsIn } from './doc-text';
import type { SourceDoc } from './source-lines';

/** The title lines: what a document is about. */
const TITLE_LINES = 3;
/** Other GB energy codes: a document about one of these is not ours, whatever it mentions in passing. */
const OTHER_CODE = /\b(BSC|Balancing and Settlement Code|DCUSA|Distribution Connection and Use of System Agreement|REC|Retail Energy Code|CUSC|Connection and Use of System Code|UNC|Uniform Network Code|Grid Code|SPAA|MRA|Master Registration Agreement)\b/;
const SEC_NAME = /\b(Smart Energy Code|SECAS|SEC (Panel|Release|Party|Parties|Modification|Newsletter|v?\d)|Change Sub-Committee|Change Board)\b/i;
/** "SEC v62.0", "SEC Version 7.3": an SEC version, the subject of designation and off-cycle posts. */
export const SEC_VERSION = /\bSEC (?:v(?:ersion)?\s?)(\d+(?:\.\d+)?)\b/i;

/**
 * Refuse, with nothing extracted, what is not an SEC document: another code's page, a blank template
 * (references written "MPxxx"), a page with no SEC reference or SEC version at all.
 */
export function requireSecDocument(doc: SourceDoc): void {
  const title = doc.lines.filter((l) => l.text.trim()).slice(0, TITLE_LINES).map((l) => l.text).join('\n');
  const other = OTHER_CODE.exec(title);
  if (other && !SEC_NAME.test(title)) refuse(doc, `it is about ${other[1]}, another energy code`);
  const all = doc.lines.map((l) => l.text);
  if (all.some((t) => refsIn(t).length > 0 || SEC_VERSION.test(t))) return;
  const template = all.some((t) => /\b(DP|MP|SECMP)\s?x{2,4}\b|\[(insert|enter)\b/i.test(t));
  if (template) refuse(doc, 'it is a blank template (no proposal reference filled in)');
  if (!other && all.some((t) => SEC_NAME.test(t) || /\bSEC\b/.test(t))) {
    throw new NothingToRecord(`${doc.file} is an SEC page with nothing to record: it names no proposal (DPnnn, MPnnn, SECMPnnnn), SEC version or release.`);
  }
  refuse(doc, 'it names no SEC proposal (DPnnn, MPnnn, SECMPnnnn) or SEC version');
}

/** An SEC document that states no fact the store keeps: said so, and not counted as refused. */
export class NothingToRecord extends UserError {}

function refuse(doc: SourceDoc, reason: string): never {
  throw new UserError(
    `${doc.file} is not an SEC document: ${reason}. Nothing was extracted.`,
    'Import reads SECAS documents about the Smart Energy Code: papers, minutes of SEC groups, Modification Reports, register pages, release notices, consultation notices, newsletters, Modification Proposal forms and Ofgem decisions.',
  );
}
