import { UserError } from '../../core/errors';
import type { Organisation, StoreData } from '../../../storage/schema';
import { newId, requireFreeName, requireOrganisation, requirePartyCategory, requirePerson, splitList } from './directory-fields';
import type { OperationMeta } from './meta';
import { compact } from './meta';
import { openActionsNaming, refuseWhileOwning } from './remove-person';
import { requireText } from './validate';

export interface OrganisationInput {
  name: string;
  category?: string;
  aliases?: readonly string[];
  /** People (names, initials or ids) who receive reminders for the organisation's actions. */
  contacts?: readonly string[];
}

export const ORG_FIELDS = ['name', 'category', 'aliases', 'contacts'] as const;
export type OrgField = (typeof ORG_FIELDS)[number];

export function addOrganisation(draft: StoreData, input: OrganisationInput, meta: OperationMeta): Organisation {
  const name = requireFreeName(draft, requireText(input.name, 'The organisation name', 'org add "DCC" category DCC'));
  const org: Organisation = compact({
    id: newId(name, draft.organisations),
    name,
    aliases: splitList(input.aliases).map((a) => requireFreeName(draft, a)),
    category: input.category ? requirePartyCategory(input.category) : undefined,
    contacts: contactIds(draft, input.contacts),
    source: meta.source,
  });
  draft.organisations.push(org);
  return org;
}

export function updateOrganisation(draft: StoreData, name: string, changes: Partial<Record<OrgField, string>>, _meta: OperationMeta): Organisation {
  const org = requireOrganisation(draft, name);
  const clear = (v: string) => ['none', '-', ''].includes(v.trim().toLowerCase());
  const patch: [keyof Organisation, unknown][] = (Object.entries(changes) as [OrgField, string][]).map(([field, value]) => {
    if (field === 'name') {
      if (clear(value)) throw new UserError('An organisation needs a name.', `For example: org update "${org.name}" name "DCC"`);
      return ['name', requireFreeName(draft, value, org.id)];
    }
    if (field === 'category') return ['category', clear(value) ? undefined : requirePartyCategory(value)];
    if (field === 'aliases') return ['aliases', clear(value) ? [] : splitList(value).map((a) => requireFreeName(draft, a, org.id))];
    return ['contacts', clear(value) ? [] : contactIds(draft, splitList(value))];
  });
  for (const [key, value] of patch) {
    if (value === undefined) delete org[key];
    else (org as Record<string, unknown>)[key] = value;
  }
  return org;
}

/** Remove an organisation; refused while open actions name it. People keep their organisation as text. */
export function removeOrganisation(draft: StoreData, name: string, _meta: OperationMeta): Organisation {
  const org = requireOrganisation(draft, name);
  refuseWhileOwning(draft, org.name, openActionsNaming(draft, [org.id, org.name, ...org.aliases]));
  draft.organisations.splice(draft.organisations.findIndex((o) => o.id === org.id), 1);
  return org;
}

function contactIds(draft: Readonly<StoreData>, contacts: readonly string[] | undefined): string[] {
  return [...new Set(splitList(contacts).map((c) => requirePerson(draft, c).id))];
}
