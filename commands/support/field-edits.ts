import { UserError } from '../../src/core/errors';
import { closest } from '../../src/core/suggest';
import { quoteWord, type TypedWord } from '../../src/core/tokenize';

/** One editable field of a `… edit REF FIELD VALUE…` grammar. */
export interface EditField {
  /** Other words for it: `organisation` for org. */
  aliases?: readonly string[];
  /**
   * Free text (a title, a name): several unquoted words followed by another field word are ambiguous, so
   * they are refused with the quoted readings. Values with a shape (dates, lists, releases) are not.
   */
  text?: boolean;
}

export interface EditGrammar<F extends string> {
  /** "proposal", "action": for messages. */
  noun: string;
  /** The command as typed up to the fields (`proposal edit DP096`), for the readings to copy. */
  prefix: string;
  example: string;
  fields: Readonly<Record<F, EditField>>;
}

interface Segment<F> {
  field: F;
  key: TypedWord;
  value: TypedWord[];
}

/**
 * `FIELD VALUE [FIELD VALUE]…` → each field's value as typed. The word after a field word is always its
 * value; a later unquoted field word starts the next field. Unknown fields get a did-you-mean, repeated
 * ones and missing values are refused, and an unquoted multi-word text that runs into a field word is
 * refused with both readings to copy, never split silently.
 */
export function readFieldEdits<F extends string>(typed: readonly TypedWord[], grammar: EditGrammar<F>): Partial<Record<F, string>> {
  const names = fieldNames(grammar);
  const fieldOf = (w: TypedWord | undefined) => (w && !w.quoted ? names.get(w.text.toLowerCase()) : undefined);
  const list = Object.keys(grammar.fields).join(', ');
  if (!typed.length) throw new UserError(`Say what to change: one of ${list}.`, `For example: ${grammar.example}`);
  const first = fieldOf(typed[0]);
  if (!first) throw unknownField(typed[0]!.text, names, grammar, list);
  const segments: Segment<F>[] = [];
  for (let i = 0; i < typed.length; i++) {
    const field = fieldOf(typed[i]);
    const current = segments[segments.length - 1];
    if (field && (!current || current.value.length > 0)) segments.push({ field, key: typed[i]!, value: [] });
    else current!.value.push(typed[i]!);
  }
  const values: Partial<Record<F, string>> = {};
  segments.forEach((s, n) => {
    if (s.field in values) throw new UserError(`"${s.key.text}" is given twice.`, `For example: ${grammar.example}`);
    if (!s.value.length) throw new UserError(`"${s.key.text}" needs a value (or none to clear it).`, `For example: ${grammar.example}`);
    if (n + 1 < segments.length && grammar.fields[s.field].text && s.value.length > 1 && s.value.some((w) => !w.quoted)) throw unclear(typed, segments, n, grammar);
    values[s.field] = s.value.length === 1 ? s.value[0]!.text : s.value.map((w) => w.raw).join(' ');
  });
  return values;
}

function fieldNames<F extends string>(grammar: EditGrammar<F>): Map<string, F> {
  const names = new Map<string, F>();
  for (const [field, spec] of Object.entries(grammar.fields) as [F, EditField][]) {
    for (const name of [field, ...(spec.aliases ?? [])]) names.set(name.toLowerCase(), field);
  }
  return names;
}

function unknownField<F extends string>(word: string, names: Map<string, F>, grammar: EditGrammar<F>, list: string): UserError {
  const near = [...new Set(closest(word.toLowerCase(), [...names.keys()], 2, 4).map((n) => names.get(n)!))].slice(0, 2);
  const guess = near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
  return new UserError(`"${word.slice(0, 40)}" is not a field of ${/^[aeiou]/i.test(grammar.noun) ? 'an' : 'a'} ${grammar.noun} I can edit.${guess}`, `Fields: ${list}. For example: ${grammar.example}`);
}

/** The text of segment `n` ran into the next field word: offer it whole, or split there. */
function unclear<F extends string>(typed: readonly TypedWord[], segments: Segment<F>[], n: number, grammar: EditGrammar<F>): UserError {
  const s = segments[n]!;
  const next = segments[n + 1]!.key.text;
  const start = typed.indexOf(s.key);
  const whole = `${grammar.prefix} ${typed.slice(0, start + 1).map((w) => w.raw).join(' ')} ${quoteWord(typed.slice(start + 1).map((w) => w.raw).join(' '))}`;
  const split = `${grammar.prefix} ${typed.slice(0, start + 1).map((w) => w.raw).join(' ')} ${quoteWord(s.value.map((w) => w.raw).join(' '))} ${typed.slice(typed.indexOf(segments[n + 1]!.key)).map((w) => w.raw).join(' ')}`;
  return new UserError(
    `I can't tell where the ${s.key.text} ends: "${next}" is also a field. Nothing was saved.`,
    `If it is all the ${s.key.text}, quote it: ${whole} — or, if "${next}" is another field: ${split}`,
  );
}
