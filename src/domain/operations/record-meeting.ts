import { compact, type OperationMeta } from './meta';
import type { Meeting, Release, StoreData } from '../../../storage/schema';

/** Meetings and release dates as documents state them. */
export function recordMeeting(draft: StoreData, meeting: Omit<Meeting, 'source'>, meta: OperationMeta): void {
  draft.meetings.push(compact({ ...meeting, source: meta.source }));
}

export function recordRelease(draft: StoreData, release: Omit<Release, 'source'>, meta: OperationMeta): void {
  draft.releases.push({ ...release, source: meta.source });
}
