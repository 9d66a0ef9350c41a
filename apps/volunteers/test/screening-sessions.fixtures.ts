import type { ScreeningSessionRoleV1, ScreeningSessionScheduleV1 } from '@linkage/contracts';

/** A screener role: two places, the 认知筛查 certificate, no skill, unless overridden. */
export function screenerRole(
  key: string,
  name: string,
  overrides: Partial<ScreeningSessionRoleV1> = {},
): ScreeningSessionRoleV1 {
  return { key, name, count: 2, requiredCertifications: ['认知筛查'], requiredSkills: [], ...overrides };
}

/** A session as screening publishes it (scheduled/changed): a morning at 滨海路社区, version 1. */
export function screeningSession(
  overrides: Partial<ScreeningSessionScheduleV1> &
    Pick<ScreeningSessionScheduleV1, 'sessionId' | 'startsAt' | 'endsAt'>,
): ScreeningSessionScheduleV1 {
  return {
    campaignId: '0192b7e2-0000-7000-8000-00000000c001',
    campaignName: '记忆礼包 2026 秋季',
    community: '滨海路社区',
    venue: { name: '滨海路社区服务中心', address: '莱山区滨海路 1 号', latitude: 37.45, longitude: 121.44 },
    roles: [
      screenerRole('screener', '筛查员'),
      screenerRole('registrar', '登记员', { count: 1, requiredCertifications: [] }),
    ],
    version: 1,
    changedAt: new Date().toISOString(),
    ...overrides,
  };
}
