import type { Person, StoreData } from '../../../storage/schema';
import { requirePerson } from './directory-fields';
import type { OperationMeta } from './meta';

export interface AttendanceInput {
  committee?: string;
  meeting?: string;
  /** The initials the meeting's minutes use for the person. */
  initials?: string;
}

/**
 * Note that a person attended a committee meeting, and the initials its minutes use for them. The
 * initials also become the person's own when they have none and nobody else uses them. Returns the
 * fields that changed.
 */
export function recordAttendance(draft: StoreData, personId: string, input: AttendanceInput, _meta: OperationMeta): string[] {
  const person = requirePerson(draft, personId);
  const changed: string[] = [];
  if (input.committee && !person.committees?.includes(input.committee)) {
    person.committees = [...(person.committees ?? []), input.committee];
    changed.push('committees');
  }
  if (input.meeting && input.initials && !person.meetingInitials?.some((m) => m.meeting === input.meeting)) {
    person.meetingInitials = [...(person.meetingInitials ?? []), { meeting: input.meeting, initials: input.initials }];
    changed.push('initials in minutes');
  }
  if (input.initials && !person.initials && !initialsTaken(draft, person, input.initials)) {
    person.initials = input.initials;
    changed.push('initials');
  }
  return changed;
}

function initialsTaken(draft: Readonly<StoreData>, person: Person, initials: string): boolean {
  return draft.people.some((p) => p.id !== person.id && p.initials?.toUpperCase() === initials.toUpperCase());
}
