import type { Reply, ReplyButton } from '../../src/core/reply';
import { describeChange, type FieldChange } from '../../src/domain/operations';
import { shown } from '../../src/domain/operations/field-change';

export interface EditReplyExtras {
  /** The proposal whose history records the edit: `history DP096`. */
  historyOf: string;
  warnings?: readonly string[];
  buttons?: ReplyButton[];
}

/**
 * What an edit changed, exactly: "Title of DP096: was “…”, now “…”" as the title when one field changed;
 * with several, one line each. Edits are corrections, so the reply says they were not announced.
 */
export function editReply(subject: string, changes: readonly FieldChange[], extras: EditReplyExtras): Reply {
  const title = changes.length === 1 ? describeChange(subject, changes[0]!) : `Edited ${subject}: ${changes.map((c) => c.label.toLowerCase()).join(', ')}`;
  return {
    kind: 'success',
    title,
    ...(changes.length > 1 ? { fields: changes.map((c) => ({ label: c.label, value: `was ${shown(c.before)}, now ${shown(c.after)}` })) } : {}),
    ...(extras.warnings?.length ? { text: extras.warnings.join(' ') } : {}),
    buttons: extras.buttons ?? [],
    context: [`A correction: kept in \`history ${extras.historyOf}\`, not announced to channels.`],
  };
}
