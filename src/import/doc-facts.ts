import { findCommittee } from '../domain/committees';
import { parseDocDate } from './doc-dates';
import { categoryOf, organisationName } from './doc-text';
import type { DocLine } from './source-lines';
import type { ImportedProposal } from './change-set';

/** The first line that is nothing but a full date: the date a paper, report or minutes were issued. */
export function documentDate(lines: readonly DocLine[]): { iso: string; line: DocLine } | undefined {
  for (const line of lines) {
    const date = parseDocDate(line.text.replace(/,.*$/, ''));
    if (date?.iso && line.text.trim().length <= 40) return { iso: date.iso, line };
  }
  return undefined;
}

const NAME = "[A-Z][\\w'’-]+(?: [A-Z][\\w'’-]+){0,3}";

/**
 * "DP088 has been raised by Simon Trivella of British Gas." / "was raised by EDF Energy." /
 * "The Proposer for this modification is Tom Rothery from the Data Communications Company (DCC)."
 */
export function raisedBy(text: string): ImportedProposal['proposer'] | undefined {
  const person = new RegExp(`(?:raised by|Proposer for this modification is) (${NAME}) (?:of|from) (?:the )?(.+?)\\.(?:\\s|$)`).exec(text);
  if (person) return withCategory({ name: person[1]!, organisation: organisationName(person[2]!) });
  const organisation = new RegExp(`raised by (?:the )?(${NAME}(?: \\([A-Z]+\\))?)(?=[.,]| who\\b| on\\b)`).exec(text);
  return organisation ? withCategory({ organisation: organisationName(organisation[1]!) }) : undefined;
}

function withCategory(proposer: { name?: string; organisation: string }): ImportedProposal['proposer'] {
  const category = categoryOf(proposer.organisation);
  return category ? { ...proposer, category } : proposer;
}

/** "The Lead Analyst from SECAS is Jordan Crase." / "The Lead Analyst is Adam Lattimore." */
export function leadAnalyst(text: string): string | undefined {
  return new RegExp(`Lead Analyst(?: from SECAS)? is (${NAME})`).exec(text)?.[1];
}

/** "SEC Change Sub-Committee" → CSC; "Operations Group" → OPSG. */
export function committeeFromName(name: string): string | undefined {
  const cleaned = name.trim().replace(/^(the\s+)?(SEC\s+)?/i, '');
  return findCommittee(cleaned) ?? findCommittee(name.trim());
}
