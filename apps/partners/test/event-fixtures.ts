import { principal, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { DataSource } from 'typeorm';

/** A partner event as the demo's residents' committee registers it: two roles, six volunteers. */
export function eventBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '重阳节敬老探访',
    description: '走访辖区独居老人，陪伴聊天、测量血压。',
    kind: 'elderly_care_visit',
    community: '滨海路社区',
    venue: {
      name: '滨海路社区党群服务中心',
      address: '烟台市莱山区滨海路 88 号',
      latitude: 37.4638,
      longitude: 121.4479,
    },
    schedule: { startsAt: '2026-12-05T09:00:00+08:00', endsAt: '2026-12-05T11:30:00+08:00' },
    roles: [
      { key: 'guide', name: '签到引导', count: 2, signupMode: 'auto' },
      {
        key: 'visit',
        name: '入户陪伴',
        count: 4,
        requiredSkills: ['沟通'],
        requiredCertifications: ['红十字救护员证'],
        signupMode: 'approval',
      },
    ],
    contact: { name: '王丽', phone: '13805351234' },
    attachments: [
      {
        name: '活动方案.pdf',
        url: 'https://files.example.org/plan.pdf',
        size: 482133,
        mimeType: 'application/pdf',
      },
    ],
    ...overrides,
  };
}

export interface PartnerWorld {
  coordinator: HttpClient;
  admin: HttpClient;
  /** A member of 滨海路社区居委会 and of another organisation. */
  member: HttpClient;
  /** The member's bearer token, for fetching a file's raw bytes. */
  memberToken: string;
  outsider: HttpClient;
  ownOrg: string;
  otherOrg: string;
}

let counter = 0;

/** Two organisations (unique names per call) with a member each, a coordinator and an admin. */
export async function partnerWorld(service: TestService): Promise<PartnerWorld> {
  const coordinator = service.http.withToken(
    await tokenFor(principal('coordinator', { displayName: '李社工' })),
  );
  const admin = service.http.withToken(await tokenFor(principal('admin')));
  counter += 1;
  const org = async (name: string) =>
    (
      await coordinator.post<{ id: string }>('/api/organisations', {
        name: `${name}${counter}`,
        kind: 'residents_committee',
      })
    ).body.id;
  const ownOrg = await org('滨海路社区居委会');
  const otherOrg = await org('黄海路社区居委会');
  const memberToken = await tokenFor(principal('partner', { organisationId: ownOrg, displayName: '王丽' }));
  const member = service.http.withToken(memberToken);
  const outsider = service.http.withToken(await tokenFor(principal('partner', { organisationId: otherOrg })));
  return { coordinator, admin, member, memberToken, outsider, ownOrg, otherOrg };
}

/** The payloads the service wrote to its outbox under a subject, oldest first. */
export async function outboxPayloads(
  service: TestService,
  subject: string,
): Promise<Record<string, unknown>[]> {
  const rows: { envelope: string }[] = await service.app
    .get(DataSource)
    .query('SELECT envelope FROM outbox WHERE subject = ? ORDER BY seq', [subject]);
  return rows.map((r) => (JSON.parse(r.envelope) as { payload: Record<string, unknown> }).payload);
}

/** Polls until `check` holds, or fails after `withinMs`. */
export async function eventually(check: () => Promise<boolean>, withinMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
