import type { types, ViewOutput } from '@slack/bolt';
type KnownBlock = types.KnownBlock;
type View = types.View;
import { isUserError } from '../../../core/errors';

export interface ModalField {
  /** block_id; also the key of the value when building the command line. */
  id: string;
  label: string;
  kind: 'text' | 'multiline' | 'date' | 'select';
  optional?: boolean;
  placeholder?: string;
  hint?: string;
  options?: readonly string[];
  /** Text inputs: the store's limit for this field (Slack's own cap is 3000). */
  maxLength?: number;
  /** A command's error message that matches this belongs on this field. */
  errorPattern?: RegExp;
  /** Checked before dispatch so the error lands on exactly this field; throws UserError. */
  validate?: (value: string) => void;
}

export interface ModalSpec {
  /** The words that open it when typed with nothing after them: "raise", "action add". */
  trigger: string;
  callbackId: string;
  title: string;
  submit: string;
  fields: readonly ModalField[];
  /** Values by field id (empty strings for blanks) → the command line to dispatch. */
  toCommandLine(values: Readonly<Record<string, string>>): string;
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

const SLACK_MAX_INPUT = 3000;

/**
 * Which field an error message is about: the first whose pattern matches; for a length error no
 * field claims, the longest value; else the first field.
 */
export function fieldForError(spec: ModalSpec, message: string, values: Readonly<Record<string, string>> = {}): string {
  const matched = spec.fields.find((f) => f.errorPattern?.test(message));
  if (matched) return matched.id;
  if (/characters long/i.test(message)) {
    const longest = [...spec.fields].sort((a, b) => (values[b.id]?.length ?? 0) - (values[a.id]?.length ?? 0))[0];
    if (longest) return longest.id;
  }
  return spec.fields[0]!.id;
}

/** Errors by field id for blanks in required fields and values their own check refuses. */
export function checkFields(spec: ModalSpec, values: Readonly<Record<string, string>>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of spec.fields) {
    const value = values[field.id] ?? '';
    if (!value && !field.optional) errors[field.id] = `${field.label} is required.`;
    else if (field.maxLength !== undefined && value.length > field.maxLength) errors[field.id] = `${field.label} is ${value.length} characters long; the limit is ${field.maxLength}.`;
    else if (value && field.validate) {
      try {
        field.validate(value);
      } catch (error) {
        if (!isUserError(error)) throw error;
        errors[field.id] = [error.message, error.hint].filter(Boolean).join(' ');
      }
    }
  }
  return errors;
}

/** A value as one command-line word: quoted, with straight quotes inside made typographic. */
export function quote(value: string): string {
  return `"${value.replace(/"/g, '”').replace(/\s+/g, ' ')}"`;
}

/** A comma list as the command grammar reads it: "SMKI PMA", "SSC". */
export function quoteList(value: string): string {
  return value.split(/[,;]/).map((s) => s.trim()).filter(Boolean).map(quote).join(', ');
}

/** `key "value"` for a non-empty value, else nothing. */
export function option(key: string, value: string | undefined): string {
  return value ? ` ${key} ${quote(value)}` : '';
}
