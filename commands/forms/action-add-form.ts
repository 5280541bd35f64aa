import { normaliseCommittee } from '../../src/domain/committees';
import { TEXT_LIMITS } from '../../src/domain/text-limits';
import { option, quote, type FormSpec } from './form-spec';

const ADD_OWNER = 'Add them to the directory';

/** "Add an action": the fields of `action add COMMITTEE OWNER "text" [due DATE] [new-owner]`; the owner is checked by requireKnownOwner. */
export const actionAddForm: FormSpec = {
  trigger: 'action add',
  title: 'Add an action',
  submit: 'Add',
  fields: [
    { id: 'committee', label: 'Committee', kind: 'text', placeholder: 'CSC', maxLength: TEXT_LIMITS.committee, errorPattern: /committee/i, validate: (v) => void normaliseCommittee(v) },
    { id: 'owner', label: 'Owner', kind: 'text', placeholder: 'SECAS, DCC, a name or initials', hint: 'Someone in the directory (people, orgs), so reminders reach them.', maxLength: TEXT_LIMITS.name, errorPattern: /owner/i },
    { id: 'text', label: 'Action', kind: 'multiline', placeholder: 'Arrange a meeting with DCC about DP096', hint: 'Proposals named in the text are linked.', maxLength: TEXT_LIMITS.actionText, errorPattern: /text of the action|action text/i },
    { id: 'due', label: 'Due', kind: 'date', optional: true, errorPattern: /date|due/i },
    { id: 'newOwner', label: 'Owner not in the directory yet?', kind: 'select', optional: true, options: [ADD_OWNER], hint: 'Adds the owner to the directory as a new person.' },
  ],
  toCommandLine: (v) => `action add ${quote(v.committee ?? '')} ${quote(v.owner ?? '')} ${quote(v.text ?? '')}${option('due', v.due)}${v.newOwner === ADD_OWNER ? ' new-owner' : ''}`,
};
