import { normaliseProposalRef } from '../../src/domain/references';
import { TEXT_LIMITS } from '../../src/domain/text-limits';
import { option, quote, type FormSpec } from './form-spec';

/** Dates come from date pickers (ISO) and the kind from a list: single words, quoted only if not. */
const word = (value: string | undefined): string => (value && /^[\w-]+$/.test(value) ? value : quote(value ?? ''));

/** "Record a consultation": the fields of `consultation add REF KIND FROM TO [at HH:MM] [url URL]`. */
export const consultationAddForm: FormSpec = {
  trigger: 'consultation add',
  title: 'Record a consultation',
  submit: 'Record',
  fields: [
    { id: 'ref', label: 'Proposal', kind: 'text', placeholder: 'MP167B', maxLength: TEXT_LIMITS.reference, errorPattern: /proposal|reference/i, validate: (v) => void normaliseProposalRef(v) },
    { id: 'kind', label: 'Kind', kind: 'select', options: ['refinement', 'report', 'other'], errorPattern: /kind of consultation|kind/i },
    { id: 'opens', label: 'Opens', kind: 'date', errorPattern: /opening date|already has/i },
    { id: 'closes', label: 'Closes', kind: 'date', errorPattern: /clos/i },
    { id: 'at', label: 'Closing time', kind: 'text', optional: true, placeholder: '17:00', maxLength: 10, hint: 'Leave empty for 5pm.', errorPattern: /time/i },
    { id: 'url', label: 'Where to respond (URL)', kind: 'text', optional: true, maxLength: 500, errorPattern: /url|link/i },
  ],
  toCommandLine: (v) => `consultation add ${(v.ref ?? '').replace(/\s+/g, '')} ${word(v.kind)} ${word(v.opens)} ${word(v.closes)}${option('at', v.at)}${option('url', v.url)}`,
};
