import type { AuditEntry } from '@linkage/auth';
import type { Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { ShiftData } from '../shifts/shift-data';
import { shownStatus, takesSignups } from '../shifts/shift-status';
import { TeamService } from '../teams/team.service';
import { localDateTimeOf } from '../time/local-date';
import type { VolunteerData } from '../volunteers/volunteer-data';
import { VolunteerService } from '../volunteers/volunteer.service';
import { clashes } from './overlap.rule';
import { missingRequirements, type Qualifications } from './requirements.rule';
import type { Signup } from './signup.entity';
import { SignupError } from './signup.error';
import { SignupRepository, type HeldShift } from './signup.repository';
import { signupAudit } from './signup-records';
import { signupWindow } from './signup-window.rule';

/**
 * Whether a volunteer may take a place on a shift: the sign-up window, the shift's requirements
 * (skills, certifications valid on its dates, team membership) and the overlap rule, each checked in
 * the sign-up's transaction under the volunteer's lock. What they read is read for many volunteers at
 * once where a batch of sign-ups asks (SignupBatches), and the single checks are the same reads for one.
 */
@Injectable()
export class SignupEligibility {
  constructor(
    private readonly signups: SignupRepository,
    private readonly volunteers: VolunteerService,
    private readonly teams: TeamService,
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
    const qualifications = await this.qualificationsOf(tx, shift, [volunteer]);
    checkQualified(shift, qualifications.get(volunteer.id)!);
  }

  async overlapping(tx: Tx, volunteerId: string, shift: ShiftData): Promise<HeldShift[]> {
    return (await this.overlappingOf(tx, shift, [volunteerId])).get(volunteerId)!;
  }

  /**
   * What each volunteer brings to the shift's requirements, read for all of them at once: their
   * certifications when the shift needs some, their teams when it is a team's.
   */
  async qualificationsOf(
    tx: Tx,
    shift: ShiftData,
    volunteers: readonly VolunteerData[],
  ): Promise<Map<string, Qualifications>> {
    const ids = volunteers.map((v) => v.id);
    // One connection: one statement after the other.
    const certifications =
      shift.requiredCertifications.length > 0 ? await this.volunteers.certificationsOf(tx, ids) : [];
    const teams = shift.teamId ? await this.teams.memberOf(ids, tx) : new Map<string, readonly string[]>();
    return new Map(
      volunteers.map((v) => [
        v.id,
        {
          skills: v.skills,
          certifications: certifications.filter((c) => c.volunteerId === v.id),
          teamIds: teams.get(v.id) ?? [],
        },
      ]),
    );
  }

  /** The shifts each volunteer holds that overlap this one, read for all of them at once. */
  async overlappingOf(
    tx: Tx,
    shift: ShiftData,
    volunteerIds: readonly string[],
  ): Promise<Map<string, HeldShift[]>> {
    const held = await this.signups.heldOverlapping(tx, volunteerIds, shift, shift.id);
    return new Map(
      volunteerIds.map((id) => [
        id,
        clashes(
          shift,
          held.filter((h) => h.volunteerId === id).map(({ volunteerId: _, ...h }) => h),
        ),
      ]),
    );
  }
}

/** The audit entry of an overlap a coordinator let pass, beside the sign-up's own. */
export function overrideAudit(
  signup: Signup,
  held: readonly HeldShift[],
  reason: string | undefined,
): AuditEntry {
  return signupAudit('signup.overlap_overridden', signup, {
    reason,
    overlaps: held.map((h) => h.shiftId),
  });
}

/** 422 SIGNUP_REQUIREMENTS_MISSING naming what the volunteer lacks for the shift, if anything. */
export function checkQualified(shift: ShiftData, qualifications: Qualifications): void {
  const missing = missingRequirements(shift, qualifications);
  if (missing) {
    const named = [
      ...missing.skills,
      ...missing.certifications,
      ...(missing.team ? ['membership of the team'] : []),
    ];
    throw new SignupError('SIGNUP_REQUIREMENTS_MISSING', `This shift needs: ${named.join(', ')}.`, missing);
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
