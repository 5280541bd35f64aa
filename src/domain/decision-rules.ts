/** Committee ids (src/domain/committees.ts) of the bodies that decide a Modification Proposal. */
export const DECIDING_BODY_IDS: Readonly<Record<string, 'Change Board' | 'Authority' | 'Panel'>> = { CB: 'Change Board', AUTHORITY: 'Authority', PANEL: 'Panel' };
