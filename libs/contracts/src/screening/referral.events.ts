import { InboxItemReceivedV1 } from '../partners/inbox.events';

/**
 * A referral of a positive stage-2 screen made and sent to the campaign's hospital: partners files it as
 * an item of the hospital's inbox (kind `screening_referral`, one item per referral id, `itemId`), and the
 * hospital's steps come back as `partners.inbox.outcome-recorded.v1`. The shape of an inbox item: a
 * Chinese title and summary, `origin` `{ screening, referral, id }`, and in `details` a pseudonym, age,
 * sex, community, the stage-2 version and score — never a name, an ID number, a phone or an address.
 */
export class ScreeningReferralCreatedV1 extends InboxItemReceivedV1 {}
