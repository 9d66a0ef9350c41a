import type { Certification } from './certification.entity';
import type { Consent } from './consent.entity';
import type { Volunteer } from './volunteer.entity';

/** A profile as the API shows it: the volunteer row with its certifications and latest consent. */
export interface VolunteerProfile {
  volunteer: Volunteer;
  certifications: Certification[];
  consent: Consent | null;
}
