import { normaliseCommittee } from '../../src/domain/committees';
import { option, quote, type FormSpec } from './form-spec';

/** "Add an action": the fields of `action add COMMITTEE OWNER "text" [due DATE]`. */
export const actionAddForm: FormSpec = {
  trigger: 'action add',
  title: 'Add an action',
  submit: 'Add',
  fields: [
    { id: 'committee', label: 'Committee', kind: 'text', placeholder: 'CSC', errorPattern: /committee/i, validate: (v) => void normaliseCommittee(v) },
    { id: 'owner', label: 'Owner', kind: 'text', placeholder: 'SECAS, DCC, a name or initials', errorPattern: /owner/i },
    { id: 'text', label: 'Action', kind: 'multiline', placeholder: 'Arrange a meeting with DCC about DP096', hint: 'Proposals named in the text are linked.', errorPattern: /text of the action|action text/i },
    { id: 'due', label: 'Due', kind: 'date', optional: true, errorPattern: /date|due/i },
  ],
  toCommandLine: (v) => `action add ${quote(v.committee ?? '')} ${quote(v.owner ?? '')} ${quote(v.text ?? '')}${option('due', v.due)}`,
};
