import { UserError } from '../../core/errors';

/** One field an edit changed, in words: "Title", was "DNO Alerts", now "DNO Power Outage Alerts". */
export interface FieldChange {
  label: string;
  /** Undefined when the field was empty. */
  before?: string;
  after?: string;
}

/** Words that clear an optional field: `proposal edit DP096 analyst none`. */
const CLEAR_WORDS = ['none', '-'];

export function isClear(value: string): boolean {
  return CLEAR_WORDS.includes(value.trim().toLowerCase());
}

/** `“DNO Alerts”`, or "(none)" for an empty field. */
export function shown(value: string | undefined): string {
  return value === undefined || value === '' ? '(none)' : `“${value}”`;
}

/** "Title of DP096: was “DNO Alerts”, now “DNO Power Outage Alerts”". */
export function describeChange(subject: string, change: FieldChange): string {
  return `${change.label} of ${subject}: was ${shown(change.before)}, now ${shown(change.after)}`;
}

/** The change, or a refusal when the value is what the field already holds: an edit is never a silent no-op. */
export function changeOf(subject: string, label: string, before: string | undefined, after: string | undefined): FieldChange {
  if ((before ?? '') === (after ?? '')) {
    const what = after ? `already ${shown(after)}` : 'already empty';
    throw new UserError(`${subject}’s ${label.toLowerCase()} is ${what}. Nothing was changed.`, 'Give the value it should have instead.');
  }
  return { label, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
}
