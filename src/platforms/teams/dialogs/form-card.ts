import type { FormField, FormSpec } from '../../../../commands/forms/form-spec';
import { escapeTeamsMarkdown } from '../escape-markdown';
import type { CardSigner } from '../card-signer';
import { wrapCard, type AdaptiveCard, type CardElement } from '../to-adaptive-card';

/** Input ids are prefixed so a field called "owner" never collides with the signed button data. */
export const INPUT_PREFIX = 'field_';

/** Longest value an input accepts when its field states no limit of its own (the store's, from text-limits). */
const MAX_LENGTH: Record<FormField['kind'], number> = { text: 200, multiline: 2000, date: 10, select: 60 };
/** The command line's limit, for everything together: no single input may be longer. */
const COMMAND_LINE_LIMIT = 4000;

/**
 * A form as an Adaptive Card for a Teams dialog. Values are kept when it is shown again, and a
 * refused value's message sits under its field.
 */
export function toFormCard(spec: FormSpec, signer: CardSigner, values: Readonly<Record<string, string>> = {}, errors: Readonly<Record<string, string>> = {}): AdaptiveCard {
  const body: CardElement[] = spec.fields.flatMap((field) => fieldElements(field, values[field.id], errors[field.id]));
  if (Object.keys(errors).length) body.unshift({ type: 'TextBlock', text: 'Nothing was saved yet: please correct the fields marked below.', wrap: true, color: 'Attention' });
  return wrapCard(body, [{ type: 'Action.Submit', title: spec.submit, style: 'positive', data: signer.sign(spec.trigger, { mode: 'form' }) }]);
}

function fieldElements(field: FormField, value: string | undefined, error: string | undefined): CardElement[] {
  const input: CardElement = {
    ...inputFor(field),
    id: `${INPUT_PREFIX}${field.id}`,
    label: field.label,
    isRequired: !field.optional,
    errorMessage: `${field.label} is required.`,
    ...(field.placeholder ? { placeholder: field.placeholder } : {}),
    ...(value ? { value } : {}),
  };
  const hint = field.hint ? [{ type: 'TextBlock', text: field.hint, wrap: true, isSubtle: true, size: 'Small', spacing: 'None' }] : [];
  const problem = error ? [{ type: 'TextBlock', text: escapeTeamsMarkdown(error), wrap: true, color: 'Attention', size: 'Small', spacing: 'None' }] : [];
  return [input, ...hint, ...problem];
}

function inputFor(field: FormField): CardElement {
  if (field.kind === 'date') return { type: 'Input.Date' };
  if (field.kind === 'select') {
    return { type: 'Input.ChoiceSet', style: 'compact', choices: (field.options ?? []).map((o) => ({ title: o, value: o })) };
  }
  // The field's own limit is the store's, as on Slack: a form never refuses what the command accepts.
  return { type: 'Input.Text', maxLength: Math.min(field.maxLength ?? MAX_LENGTH[field.kind], COMMAND_LINE_LIMIT), ...(field.kind === 'multiline' ? { isMultiline: true } : {}) };
}
