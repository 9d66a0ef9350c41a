import { AuditLog } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { ShiftData } from '../shifts/shift-data';
import { shownStatus, takesSignups } from '../shifts/shift-status';
import { TeamService } from '../teams/team.service';
import { localDateTimeOf } from '../time/local-date';
import type { VolunteerData } from '../volunteers/volunteer-data';
import { VolunteerService } from '../volunteers/volunteer.service';
import { clashes } from './overlap.rule';
import { missingRequirements } from './requirements.rule';
import type { Signup } from './signup.entity';
import { SignupError } from './signup.error';
import { SignupRepository, type HeldShift } from './signup.repository';
import { signupWindow } from './signup-window.rule';

/**
 * Whether a volunteer may take a place on a shift: the sign-up window, the shift's requirements
 * (skills, certifications valid on its dates, team membership) and the overlap rule, each checked in
 * the sign-up's transaction under the volunteer's lock. An overridden overlap is audited here too.
 */
@Injectable()
export class SignupEligibility {
  constructor(
    private readonly signups: SignupRepository,
    private readonly volunteers: VolunteerService,
    private readonly teams: TeamService,
    private readonly audit: AuditLog,
  ) {}

  checkWindow(shift: ShiftData, now: Date, assigned: boolean): void {
    // Coordinators fill gaps outside the window, but not once the shift is over (checkTakesSignups).
    if (assigned) return;
    const window = signupWindow(now, shift);
    if (window.state !== 'open') {
      throw new SignupError(
        'SIGNUP_WINDOW_CLOSED',
        window.state === 'not_open_yet'
          ? `Sign-ups open at ${window.opensAt!.toISOString()}.`
          : `Sign-ups closed at ${window.closesAt.toISOString()}.`,
        { opensAt: window.opensAt?.toISOString() ?? null, closesAt: window.closesAt.toISOString() },
      );
    }
  }

  async checkRequirements(tx: Tx, shift: ShiftData, volunteer: VolunteerData): Promise<void> {
    const certifications = await this.volunteers.certificationsOf(tx, volunteer.id);
    const teamIds = shift.teamId ? await this.teams.memberOf(volunteer.id, tx) : [];
    const missing = missingRequirements(shift, { skills: volunteer.skills, certifications, teamIds });
    if (missing) {
      const named = [
        ...missing.skills,
        ...missing.certifications,
        ...(missing.team ? ['membership of the team'] : []),
      ];
      throw new SignupError('SIGNUP_REQUIREMENTS_MISSING', `This shift needs: ${named.join(', ')}.`, missing);
    }
  }

  async overlapping(tx: Tx, volunteerId: string, shift: ShiftData): Promise<HeldShift[]> {
    return clashes(shift, await this.signups.heldOverlapping(tx, volunteerId, shift, shift.id));
  }

  async auditOverride(tx: Tx, signup: Signup, held: HeldShift[], reason: string | undefined): Promise<void> {
    await this.audit.record(
      {
        action: 'signup.overlap_overridden',
        recordType: 'signup',
        recordId: signup.id,
        outcome: 'allowed',
        details: {
          shiftId: signup.shiftId,
          volunteerId: signup.volunteerId,
          reason,
          overlaps: held.map((h) => h.shiftId),
        },
      },
      tx,
    );
  }
}

/** Sign-ups need a shift that takes them and has not ended; an ended one shows as completed. */
export function checkTakesSignups(shift: ShiftData, now: Date): void {
  // Shown differently from its stored status only when it ended while open, full or closed.
  if (shownStatus(shift.status, shift.endsAt, now) !== shift.status) {
    throw new SignupError(
      'SHIFT_OVER',
      `This shift ended at ${localDateTimeOf(shift.endsAt)} and takes no more sign-ups.`,
      { endsAt: shift.endsAt.toISOString(), status: 'completed' },
    );
  }
  if (!takesSignups(shift.status)) {
    throw new SignupError('SHIFT_NOT_OPEN', `This shift is ${shift.status} and takes no sign-ups.`, {
      status: shift.status,
    });
  }
}

export function overlapError(held: HeldShift[]): SignupError {
  return new SignupError(
    'SHIFT_OVERLAP',
    `This overlaps a shift already confirmed: ${held.map((h) => h.title).join(', ')}.`,
    {
      shifts: held.map((h) => ({
        id: h.shiftId,
        title: h.title,
        startsAt: h.startsAt.toISOString(),
        endsAt: h.endsAt.toISOString(),
      })),
    },
  );
}
