import type { PartnerEventRoleV1, PartnerEventScheduleV1 } from '@linkage/contracts';

/** A role of a partner event, open to anyone, two places, sign-up without approval unless overridden. */
export function partnerRole(
  key: string,
  name: string,
  overrides: Partial<PartnerEventRoleV1> = {},
): PartnerEventRoleV1 {
  return {
    key,
    name,
    count: 2,
    requiredSkills: [],
    requiredCertifications: [],
    signupMode: 'auto',
    ...overrides,
  };
}

/** A partner event's schedule as partners publishes it (approved/changed): the demo committee's visit. */
export function partnerEventSchedule(
  overrides: Partial<PartnerEventScheduleV1> &
    Pick<PartnerEventScheduleV1, 'eventId' | 'organisationId' | 'roles' | 'occurrences'>,
): PartnerEventScheduleV1 {
  return {
    organisationName: '滨海路社区居委会',
    title: '关爱老人上门探访',
    description: '为独居老人测血压、聊天',
    kind: 'elderly_care',
    community: '滨海路社区',
    venue: { name: '滨海路社区服务中心', address: '莱山区滨海路 1 号', latitude: 37.45, longitude: 121.44 },
    contactName: '王主任',
    contactPhone: '13905351234',
    projectId: null,
    version: 1,
    changedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** Polls until `check` answers something truthy (and answers it), or fails after `withinMs`. */
export async function eventually<T>(
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  withinMs = 5000,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
