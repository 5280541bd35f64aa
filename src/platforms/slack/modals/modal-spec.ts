import type { types, ViewOutput } from '@slack/bolt';
type KnownBlock = types.KnownBlock;
type View = types.View;
import type { FormField, FormSpec } from '../../../../commands/forms/form-spec';

export { checkFields, fieldForError, option, quote, quoteList } from '../../../../commands/forms/form-spec';

export type ModalField = FormField;

/** A neutral form (commands/forms) with the Slack callback id its submissions come back under. */
export interface ModalSpec extends FormSpec {
  callbackId: string;
}

/** Where the modal was opened, so the result can be posted back there. */
export interface ModalOrigin {
  channelId?: string;
  threadTs?: string;
}

export function toView(spec: ModalSpec, origin: ModalOrigin): View {
  return {
    type: 'modal',
    callback_id: spec.callbackId,
    title: { type: 'plain_text', text: spec.title.slice(0, 24) },
    submit: { type: 'plain_text', text: spec.submit.slice(0, 24) },
    close: { type: 'plain_text', text: 'Cancel' },
    private_metadata: JSON.stringify(origin),
    blocks: spec.fields.map(toInput),
  };
}

function toInput(field: ModalField): KnownBlock {
  return {
    type: 'input',
    block_id: field.id,
    optional: field.optional ?? false,
    label: { type: 'plain_text', text: field.label },
    ...(field.hint ? { hint: { type: 'plain_text', text: field.hint } } : {}),
    element: toElement(field),
  } as unknown as KnownBlock;
}

function toElement(field: ModalField): Record<string, unknown> {
  const placeholder = field.placeholder ? { placeholder: { type: 'plain_text', text: field.placeholder } } : {};
  if (field.kind === 'date') return { type: 'datepicker', action_id: 'value', ...placeholder };
  if (field.kind === 'select') {
    const options = (field.options ?? []).map((o) => ({ text: { type: 'plain_text', text: o }, value: o }));
    return { type: 'static_select', action_id: 'value', options, ...placeholder };
  }
  const maxLength = Math.min(field.maxLength ?? SLACK_MAX_INPUT, SLACK_MAX_INPUT);
  return { type: 'plain_text_input', action_id: 'value', multiline: field.kind === 'multiline', max_length: maxLength, ...placeholder };
}

/** The submitted values by field id; blanks are "". */
export function readValues(spec: ModalSpec, view: ViewOutput): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of spec.fields) {
    const state = view.state.values[field.id]?.value;
    const raw = state?.value ?? state?.selected_date ?? state?.selected_option?.value ?? '';
    values[field.id] = String(raw).trim();
  }
  return values;
}

export function readOrigin(view: ViewOutput): ModalOrigin {
  try {
    const parsed = JSON.parse(view.private_metadata || '{}') as ModalOrigin;
    return typeof parsed === 'object' && parsed ? parsed : {};
  } catch {
    return {};
  }
}

/** Slack's own cap on a plain_text_input. */
const SLACK_MAX_INPUT = 3000;
