import { AuditLog, type Principal } from '@linkage/auth';
import { Injectable } from '@nestjs/common';
import { SignupQueries } from '../signups/signup-queries.service';
import { ownVolunteerId, VolunteerService } from '../volunteers/volunteer.service';
import { calendarFeed } from './calendar-feed';
import {
  calendarFeedPath,
  hashCalendarToken,
  looksLikeCalendarToken,
  newCalendarToken,
} from './calendar-token';
import { CalendarError } from './calendar.error';
import { CalendarRepository } from './calendar.repository';

/** Shifts that ended longer ago than this drop out of the feed. */
const FEED_HISTORY_DAYS = 30;

export interface IssuedToken {
  token: string;
  path: string;
  createdAt: Date;
}

@Injectable()
export class CalendarService {
  constructor(
    private readonly calendars: CalendarRepository,
    private readonly signups: SignupQueries,
    private readonly volunteers: VolunteerService,
    private readonly audit: AuditLog,
  ) {}

  /** Creates the caller's feed token, or replaces it (the old URL stops working). Shown this once. */
  async issue(principal: Principal): Promise<IssuedToken> {
    const volunteerId = ownVolunteerId(principal);
    await this.volunteers.find(principal, 'volunteer.read', volunteerId);
    const { token, hash } = newCalendarToken();
    const saved = await this.calendars.put(volunteerId, hash);
    await this.audit.record({
      action: 'calendar.token_issued',
      recordType: 'volunteer',
      recordId: volunteerId,
      outcome: 'allowed',
    });
    return { token, path: calendarFeedPath(token), createdAt: saved.createdAt };
  }

  async revoke(principal: Principal): Promise<void> {
    const volunteerId = ownVolunteerId(principal);
    if (await this.calendars.remove(volunteerId)) {
      await this.audit.record({
        action: 'calendar.token_revoked',
        recordType: 'volunteer',
        recordId: volunteerId,
        outcome: 'allowed',
      });
    }
  }

  /** The feed behind a token; an unknown or revoked token is a 404 like any missing page. */
  async feed(token: string): Promise<string> {
    const volunteerId = looksLikeCalendarToken(token)
      ? await this.calendars.volunteerOf(hashCalendarToken(token))
      : null;
    if (!volunteerId) throw new CalendarError('CALENDAR_NOT_FOUND', 'No calendar at this address.');
    const now = new Date();
    const since = new Date(now.getTime() - FEED_HISTORY_DAYS * 86_400_000);
    return calendarFeed(await this.signups.confirmedSince(volunteerId, since), now);
  }
}
