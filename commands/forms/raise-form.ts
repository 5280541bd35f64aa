import { partyCategorySchema } from '../../storage/schema';
import { normaliseProposalRef } from '../../src/domain/references';
import { TEXT_LIMITS } from '../../src/domain/text-limits';
import { option, quote, quoteList, type FormSpec } from './form-spec';

/** "Raise a Draft Proposal": the fields of `raise DPnnn "Title" [proposer …] [org …] …`. */
export const raiseForm: FormSpec = {
  trigger: 'raise',
  title: 'Raise a Draft Proposal',
  submit: 'Raise',
  fields: [
    { id: 'ref', label: 'Reference', kind: 'text', placeholder: 'DP120', maxLength: TEXT_LIMITS.reference, hint: 'The DP number SECAS gave it.', errorPattern: /reference|already exists|Draft Proposal/i, validate: (v) => void normaliseProposalRef(v) },
    { id: 'title', label: 'Title', kind: 'text', placeholder: 'Alert routing for DNOs', maxLength: TEXT_LIMITS.title, errorPattern: /\btitle\b/i },
    { id: 'proposer', label: 'Proposer', kind: 'text', optional: true, placeholder: 'Gemma Slaney', maxLength: TEXT_LIMITS.name, errorPattern: /proposer/i },
    { id: 'org', label: 'Organisation', kind: 'text', optional: true, placeholder: 'UK Power Networks', maxLength: TEXT_LIMITS.name, errorPattern: /organi[sz]ation/i },
    { id: 'category', label: 'Party category', kind: 'select', optional: true, options: partyCategorySchema.options, errorPattern: /category/i },
    { id: 'analyst', label: 'Lead Analyst', kind: 'text', optional: true, maxLength: TEXT_LIMITS.name, errorPattern: /analyst/i },
    { id: 'committees', label: 'Committees', kind: 'text', optional: true, placeholder: 'OPSG, TABASC', maxLength: 200, hint: 'Leave empty for the usual ones.', errorPattern: /committee/i },
    { id: 'summary', label: 'Problem statement', kind: 'multiline', optional: true, maxLength: TEXT_LIMITS.summary, errorPattern: /summary|problem/i },
  ],
  toCommandLine: (v) =>
    `raise ${(v.ref ?? '').replace(/\s+/g, '')} ${quote(v.title ?? '')}` +
    option('proposer', v.proposer) +
    option('org', v.org) +
    option('category', v.category) +
    option('analyst', v.analyst) +
    (v.committees ? ` committees ${quoteList(v.committees)}` : '') +
    option('summary', v.summary),
};
