import type { Request, Response } from 'express';
import { isUserError } from '../../core/errors';
import type { Calendar, Clock, Logger, StorePort } from '../../core/ports';
import type { Person, StoreData } from '../../../storage/schema';
import { issueCalendarTokens } from '../../domain/operations/calendar-tokens';
import { closeAction } from '../../domain/operations/close-action';
import { operationMeta } from '../../domain/operations/meta';
import { updatePerson } from '../../domain/operations/update-person';
import { snoozeAction, snoozeUntil } from '../../domain/operations/snooze-action';
import { createOwnerDirectory } from '../../notify/owner-directory';
import { sendLinkPage, type LinkPage } from './link-page';
import type { LinkClaim, LinkSigner } from './link-tokens';

export interface EmailLinkDeps {
  store: StorePort;
  signer: LinkSigner;
  calendar: Calendar;
  clock: Clock;
  logger: Logger;
  publicUrl: string;
}

const NOT_FOUND: LinkPage = { status: 404, title: 'Link not found', text: 'This link is not valid. Use the links in your latest reminder email, or ask the SEC change team.' };
const EXPIRED: LinkPage = { status: 410, title: 'This link has expired', text: 'Links in reminder emails work for a limited time. The next reminder email has fresh ones.' };

/**
 * GET /email/<token> shows what the link will do; POST makes the change (so a mail scanner that opens
 * links does not close actions). A POST is also RFC 8058's one-click unsubscribe from List-Unsubscribe-Post.
 */
export function createEmailLinkHandler(deps: EmailLinkDeps): { get: (req: Request, res: Response) => void; post: (req: Request, res: Response) => Promise<void> } {
  const check = (req: Request): { claim: LinkClaim; person: Person } | LinkPage => {
    const claim = deps.signer.verify(String(req.params.token ?? ''), deps.clock.now());
    if (claim === 'expired') return EXPIRED;
    const person = claim && deps.store.read().people.find((p) => p.id === claim.person);
    if (!claim || !person) return NOT_FOUND;
    return ownsAction(deps.store.read(), claim, person) ? { claim, person } : { status: 403, title: 'Not your action any more', text: `${claim.ref} is no longer yours, so this link no longer changes it. Ask the SEC change team.` };
  };
  return {
    get(req, res) {
      const found = check(req);
      sendLinkPage(res, 'claim' in found ? confirmPage(found.claim) : found);
    },
    async post(req, res) {
      const found = check(req);
      if (!('claim' in found)) return sendLinkPage(res, found);
      try {
        sendLinkPage(res, await apply(deps, found.claim, found.person));
      } catch (error) {
        if (isUserError(error)) return sendLinkPage(res, { status: 409, title: 'Nothing changed', text: `${error.message}${error.hint ? ` ${error.hint}` : ''}` });
        deps.logger.error({ err: { message: (error as Error).message }, kind: found.claim.kind }, 'an email link failed');
        sendLinkPage(res, { status: 500, title: 'Something went wrong', text: 'Nothing was changed. Please try again in a minute.' });
      }
    },
  };
}

function ownsAction(data: Readonly<StoreData>, claim: LinkClaim, person: Person): boolean {
  if (!claim.ref) return true;
  const action = data.actions.find((a) => a.ref === claim.ref);
  if (!action) return false;
  return createOwnerDirectory(data)(action.owner, action.ref).people?.some((p) => p.id === person.id) ?? false;
}

function confirmPage(claim: LinkClaim): LinkPage {
  switch (claim.kind) {
    case 'done':
      return { status: 200, title: `Mark ${claim.ref} done?`, text: `This closes action ${claim.ref} in secbot and tells the SEC change team.`, confirm: `Mark ${claim.ref} done` };
    case 'snooze':
      return { status: 200, title: `Snooze ${claim.ref}?`, text: 'Reminders about this action stop until the next Working Day.', confirm: 'Snooze 1 Working Day' };
    case 'calendar':
      return { status: 200, title: 'Your actions in your calendar', text: 'Get a private calendar feed (iCalendar) of your actions and their due dates.', confirm: 'Get my calendar link' };
    case 'unsubscribe':
      return { status: 200, title: 'Stop email reminders?', text: 'You will get no more reminder emails from secbot. The change team can turn them back on.', confirm: 'Stop email reminders' };
  }
}

async function apply(deps: EmailLinkDeps, claim: LinkClaim, person: Person): Promise<LinkPage> {
  const now = deps.clock.now();
  const today = deps.calendar.londonDate(now);
  const meta = operationMeta({ now, today, source: `email link by ${person.name}`, actor: person.name, calendar: deps.calendar });
  const tx = (command: string) => ({ actor: `email:${person.id}`, command });
  switch (claim.kind) {
    case 'done':
      await deps.store.transact(tx(`action close "${claim.ref}" (email link)`), (draft) => closeAction(draft, { ref: claim.ref! }, meta));
      return { status: 200, title: `${claim.ref} is done`, text: `Thank you, ${person.name}. The action is closed and the change team can see it.` };
    case 'snooze': {
      const until = snoozeUntil('1d', today, deps.calendar);
      await deps.store.transact(tx(`action snooze "${claim.ref}" 1d (email link)`), (draft) => snoozeAction(draft, { ref: claim.ref!, until }, meta));
      return { status: 200, title: `${claim.ref} is snoozed`, text: `No reminders about it until ${until}.` };
    }
    case 'calendar': {
      const [issued] = await deps.store.transact(tx('calendar (email link)'), (draft) => issueCalendarTokens(draft, [{ kind: 'person', person: person.id }], { createdBy: `email:${person.id}`, at: now.toISOString() }));
      return { status: 200, title: 'Your calendar link', text: 'Subscribe to this address in Outlook or Google Calendar (add calendar from the internet). Keep it private.', link: `${deps.publicUrl}/calendar/${issued!.token}.ics` };
    }
    case 'unsubscribe':
      await deps.store.transact(tx(`person update "${person.name}" reminders none (unsubscribe link)`), (draft) => updatePerson(draft, person.id, { reminders: 'none' }, meta));
      return { status: 200, title: 'Email reminders stopped', text: `${person.name} will get no more reminder emails. The change team can turn them back on.` };
  }
}
