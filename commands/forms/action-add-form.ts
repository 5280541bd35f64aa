import { normaliseCommittee } from '../../src/domain/committees';
import { TEXT_LIMITS } from '../../src/domain/text-limits';
import { option, quote, type FormSpec } from './form-spec';

/** "Add an action": the fields of `action add COMMITTEE OWNER "text" [due DATE]`. */
export const actionAddForm: FormSpec = {
  trigger: 'action add',
  title: 'Add an action',
  submit: 'Add',
  fields: [
    { id: 'committee', label: 'Committee', kind: 'text', placeholder: 'CSC', maxLength: TEXT_LIMITS.committee, errorPattern: /committee/i, validate: (v) => void normaliseCommittee(v) },
    { id: 'owner', label: 'Owner', kind: 'text', placeholder: 'SECAS, DCC, a name or initials', maxLength: TEXT_LIMITS.name, errorPattern: /owner/i },
    { id: 'text', label: 'Action', kind: 'multiline', placeholder: 'Arrange a meeting with DCC about DP096', hint: 'Proposals named in the text are linked.', maxLength: TEXT_LIMITS.actionText, errorPattern: /text of the action|action text/i },
    { id: 'due', label: 'Due', kind: 'date', optional: true, errorPattern: /date|due/i },
  ],
  toCommandLine: (v) => `action add ${quote(v.committee ?? '')} ${quote(v.owner ?? '')} ${quote(v.text ?? '')}${option('due', v.due)}`,
};
