/** Fast-Track: no Refinement, no Modification Report; the Panel decides. */
export const isFastTrack = (path: string | undefined): boolean => /fast[- ]?track/i.test(path ?? '');
/** Self-Governance (Path 3): the Change Board decides; an appeal goes to the Authority. */
export const isSelfGovernance = (path: string | undefined): boolean => /self[- ]?governance|path\s*3/i.test(path ?? '');
/** Urgent: the Authority directs the timetable, so the usual order of stages does not bind. */
export const isUrgent = (path: string | undefined): boolean => /urgent/i.test(path ?? '');
