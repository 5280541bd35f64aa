import { actionAddForm } from './action-add-form';
import { consultationAddForm } from './consultation-add-form';
import type { FormSpec } from './form-spec';
import { raiseForm } from './raise-form';

export const FORMS: readonly FormSpec[] = [raiseForm, actionAddForm, consultationAddForm];

/** The form to offer when the command line is exactly its trigger ("raise", "action add"), else undefined. */
export function formFor(text: string): FormSpec | undefined {
  const words = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return FORMS.find((f) => f.trigger === words);
}
