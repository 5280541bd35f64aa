import { formFor } from '../../../../commands/forms';
import { checkFields, fieldForError, type FormSpec } from '../../../../commands/forms/form-spec';
import { answerTurn } from '../answer-turn';
import type { MessageDeps } from '../handle-message';
import type { TeamsTurn } from '../teams-turn';
import type { AdaptiveCard } from '../to-adaptive-card';
import { ADAPTIVE_CARD_TYPE } from '../to-card-activity';
import { toCaller } from '../to-invocation';
import { INPUT_PREFIX, toFormCard } from './form-card';

export type DialogResponse =
  | { task: { type: 'continue'; value: { title: string; width: 'medium'; card: { contentType: typeof ADAPTIVE_CARD_TYPE; content: AdaptiveCard } } } }
  | { task: { type: 'message'; value: string } };

/** task/fetch: the button's signed form name → the form in a dialog. */
export function openDialog(turn: TeamsTurn, deps: MessageDeps): DialogResponse {
  const spec = signedForm(turn, deps);
  if (!spec) return refused();
  return showForm(spec, toFormCard(spec, deps.signer));
}

/**
 * task/submit: the form's values → the same command line a user could type, through the same dispatch
 * (and permission checks). A refusal shows the form again, values kept, the message on its field.
 */
export async function submitDialog(turn: TeamsTurn, deps: MessageDeps): Promise<DialogResponse> {
  const spec = signedForm(turn, deps);
  if (!spec) return refused();
  const values = formValues(turn);
  const errors = checkFields(spec, values);
  if (Object.keys(errors).length) return showForm(spec, toFormCard(spec, deps.signer, values, errors));
  const reply = await deps.dispatch({ text: spec.toCommandLine(values), caller: toCaller(turn.activity) });
  if (reply.kind === 'error') {
    const message = [reply.title, ...(reply.context ?? [])].join(' ');
    return showForm(spec, toFormCard(spec, deps.signer, values, { [fieldForError(spec, reply.title)]: message }));
  }
  await answerTurn(turn, reply, deps, spec.title);
  return { task: { type: 'message', value: reply.title.slice(0, 200) } };
}

function signedForm(turn: TeamsTurn, deps: MessageDeps): FormSpec | undefined {
  const check = deps.signer.check(dialogData(turn));
  return check.ok && check.mode === 'form' ? formFor(check.command) : undefined;
}

function formValues(turn: TeamsTurn): Record<string, string> {
  const data = dialogData(turn) as Record<string, unknown>;
  const values = Object.entries(data).filter(([k, v]) => k.startsWith(INPUT_PREFIX) && typeof v === 'string');
  return Object.fromEntries(values.map(([k, v]) => [k.slice(INPUT_PREFIX.length), (v as string).trim()]));
}

function dialogData(turn: TeamsTurn): unknown {
  const data = (turn.activity.value as { data?: unknown } | undefined)?.data;
  return data && typeof data === 'object' ? data : {};
}

function showForm(spec: FormSpec, card: AdaptiveCard): DialogResponse {
  return { task: { type: 'continue', value: { title: spec.title, width: 'medium', card: { contentType: ADAPTIVE_CARD_TYPE, content: card } } } };
}

function refused(): DialogResponse {
  return { task: { type: 'message', value: 'That form is not one secbot made (or it is out of date), so nothing was done. Type the command instead, e.g. help raise.' } };
}
