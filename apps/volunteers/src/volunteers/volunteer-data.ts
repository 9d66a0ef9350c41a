import type { Certification } from './certification.entity';
import type { Volunteer } from './volunteer.entity';

/**
 * A volunteer's profile row as other features read it (sign-up rules, rosters, certificates): read-only,
 * because only this feature changes a profile.
 */
export type VolunteerData = Readonly<Volunteer>;

/** A certification as the sign-up rules check it. */
export type CertificationData = Readonly<Certification>;
