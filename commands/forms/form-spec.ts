import { isUserError } from '../../src/core/errors';

/** One input of a form (a Slack modal, a Teams dialog); platforms render it, the grammar stays here. */
export interface FormField {
  /** Input id; also the key of the value when building the command line. */
  id: string;
  label: string;
  kind: 'text' | 'multiline' | 'date' | 'select';
  optional?: boolean;
  placeholder?: string;
  hint?: string;
  options?: readonly string[];
  /** Text inputs: the store's limit for this field (src/domain/text-limits); platforms cap their inputs to it. */
  maxLength?: number;
  /** A command's error message that matches this belongs on this field. */
  errorPattern?: RegExp;
  /** Checked before dispatch so the error lands on exactly this field; throws UserError. */
  validate?: (value: string) => void;
}

/** A command as a form: typed with nothing after `trigger`, it opens; submitted, it becomes a command line. */
export interface FormSpec {
  /** The words that open it when typed with nothing after them: "raise", "action add". */
  trigger: string;
  title: string;
  submit: string;
  fields: readonly FormField[];
  /** Values by field id (empty strings for blanks) → the command line to dispatch. */
  toCommandLine(values: Readonly<Record<string, string>>): string;
}

/**
 * Which field an error message is about: the first whose pattern matches; for a length error no
 * field claims, the longest value; else the first field.
 */
export function fieldForError(spec: FormSpec, message: string, values: Readonly<Record<string, string>> = {}): string {
  const matched = spec.fields.find((f) => f.errorPattern?.test(message));
  if (matched) return matched.id;
  if (/characters long/i.test(message)) {
    const longest = [...spec.fields].sort((a, b) => (values[b.id]?.length ?? 0) - (values[a.id]?.length ?? 0))[0];
    if (longest) return longest.id;
  }
  return spec.fields[0]!.id;
}

/** Errors by field id for blanks in required fields and values their own check refuses. */
export function checkFields(spec: FormSpec, values: Readonly<Record<string, string>>): Record<string, string> {
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
