import { principal, tokenFor, type HttpClient, type TestService } from '@linkage/testing';
import { randomUUID } from 'node:crypto';
import { ftndAnswers } from './ftnd-answers';

export interface Member {
  who: ReturnType<typeof principal>;
  http: HttpClient;
  enrolmentId: string;
}

export interface QuitGroup {
  programmeId: string;
  counsellor: HttpClient;
  /** The counsellor's bearer token, for requests HttpClient does not make (file downloads). */
  counsellorToken: string;
  members: Member[];
}

/**
 * A quit group through the API: a counsellor opens it with the FTND intake, and `size` students apply
 * (FTND 5), are accepted, consent and are enrolled.
 */
export async function quitGroup(
  service: TestService,
  size: number,
  names: string[] = [],
): Promise<QuitGroup> {
  const counsellorToken = await tokenFor(principal('counsellor', { displayName: '李老师' }));
  const counsellor = service.http.withToken(counsellorToken);
  const programme = await counsellor.post<{ id: string }>('/api/programmes', {
    title: '同伴戒烟互助小组',
    kind: 'peer_smoking_cessation',
    capacity: 20,
    startsOn: '2026-10-15',
    endsOn: '2027-06-30',
    status: 'open',
  });
  expect(programme.status).toBe(201);
  const programmeId = programme.body.id;
  expect(
    (
      await counsellor.request('PUT', `/api/programmes/${programmeId}/intake`, {
        template: 'ftnd',
        publish: true,
      })
    ).status,
  ).toBe(200);
  const members: Member[] = [];
  for (let i = 0; i < size; i += 1) {
    const who = principal('volunteer', {
      volunteerId: randomUUID(),
      displayName: names[i] ?? `组员${i + 1}`,
    });
    const http = service.http.withToken(await tokenFor(who));
    const applied = await http.post<{ id: string }>(`/api/programmes/${programmeId}/applications`, {
      answers: ftndAnswers(5),
    });
    expect(applied.status).toBe(201);
    await counsellor.post(`/api/programmes/${programmeId}/applications/${applied.body.id}/decision`, {
      decision: 'accept',
    });
    await http.post(`/api/programmes/${programmeId}/applications/${applied.body.id}/consent`, {
      participationVersion: '2026-09',
      dataProcessingVersion: '2026-09',
      agreed: true,
    });
    const enrolled = await counsellor.post<{ id: string }>(`/api/programmes/${programmeId}/enrolments`, {
      applicationId: applied.body.id,
    });
    expect(enrolled.status).toBe(201);
    members.push({ who, http, enrolmentId: enrolled.body.id });
  }
  return { programmeId, counsellor, counsellorToken, members };
}

/** An instant at 20:00 in Shanghai on a YYYY-MM-DD day. */
export const eveningOf = (day: string): Date => new Date(`${day}T20:00:00+08:00`);
