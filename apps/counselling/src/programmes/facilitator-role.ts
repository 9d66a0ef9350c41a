/** counsellor: a counsellor's account runs the programme; peer: a trained student volunteer co-facilitates it. */
export const FACILITATOR_ROLES = ['counsellor', 'peer'] as const;
export type FacilitatorRole = (typeof FACILITATOR_ROLES)[number];
