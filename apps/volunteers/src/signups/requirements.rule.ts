import { validThrough, type CertificationDates } from '../volunteers/certification-validity';

export interface ShiftRequirements {
  requiredSkills: readonly string[];
  requiredCertifications: readonly string[];
  /** Only this team's members may sign up; null: anyone. */
  teamId: string | null;
  /** The local dates the shift covers. */
  startsOn: string;
  endsOn: string;
}

export interface Qualifications {
  skills: readonly string[];
  certifications: readonly CertificationDates[];
  teamIds: readonly string[];
}

/** What a volunteer lacks for a shift, named so they (or a coordinator) can act on it. */
export interface MissingRequirements {
  skills: string[];
  /** Certifications they lack, or hold only outside the shift's dates. */
  certifications: string[];
  /** The team they would have to be in. */
  team: string | null;
}

/**
 * What is missing for this volunteer to take this shift, or null when nothing is. Skills and
 * certification names match exactly, as the search filters do; a certification counts only when one
 * held under that name is valid on every date of the shift.
 */
export function missingRequirements(
  shift: ShiftRequirements,
  volunteer: Qualifications,
): MissingRequirements | null {
  const skills = shift.requiredSkills.filter((skill) => !volunteer.skills.includes(skill));
  const certifications = shift.requiredCertifications.filter(
    (name) =>
      !volunteer.certifications.some((c) => c.name === name && validThrough(c, shift.startsOn, shift.endsOn)),
  );
  const team = shift.teamId && !volunteer.teamIds.includes(shift.teamId) ? shift.teamId : null;
  return skills.length || certifications.length || team ? { skills, certifications, team } : null;
}
