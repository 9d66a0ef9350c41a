import { startTestService, type HttpClient, type TestService } from '@linkage/testing';
import { DataSource } from 'typeorm';
import { volunteersService } from '../src/volunteers.service-definition';
import { VolunteersFixture } from './fixtures';

const FIRE = '消防安全';

/**
 * The issue's "done when", end to end over HTTP against a real MySQL: staffing a shift, the waitlist,
 * attendance by QR, verified hours and points, and a certificate anyone can verify.
 */
describe('volunteers: the whole journey, from a shift to a verified certificate', () => {
  let service: TestService;
  let fx: VolunteersFixture;
  let coordinator: HttpClient;
  let db: DataSource;

  beforeAll(async () => {
    service = await startTestService(volunteersService, {
      WAITLIST_SWEEP_INTERVAL_MS: '0',
      ATTENDANCE_SWEEP_INTERVAL_MS: '0',
      NOTIFICATION_SWEEP_INTERVAL_MS: '0',
      VOLUNTEERS_QR_SECRET: 'journey-test-qr-secret-0123456789abcdef',
      POINTS_PER_VERIFIED_HOUR: '10',
      CERTIFICATE_ISSUER: '烟台市芝罘区志愿服务站',
      PUBLIC_BASE_URL: 'https://linkage.example.cn',
    });
    fx = await VolunteersFixture.start(service);
    coordinator = fx.coordinator;
    db = service.app.get(DataSource);
  });
  afterAll(() => service.close());

  it('staffs a shift, promotes the waitlist, records QR attendance, verifies hours and issues a certificate that verifies', async () => {
    // The coordinator creates a shift of 3 places needing a fire-safety certificate. It starts in half an
    // hour, so the volunteers can still sign up and cancel (no cut-off) and check-in is already open.
    const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();
    const shift = await fx.shift({
      title: '社区消防安全宣传',
      capacity: 3,
      requiredCertifications: [FIRE],
      startsAt: inMinutes(30),
      endsAt: inMinutes(30 + 180),
      cancellationCutoffHours: 0,
    });

    // Five volunteers try: the one without the certificate is refused, three are confirmed, one waits.
    const names = ['张伟', '王芳', '李娜', '刘洋'];
    const certified = await Promise.all(
      names.map(async (name) => {
        const id = await fx.volunteer({ name });
        await fx.certify(id, FIRE, '2025-01-01', '2099-12-31');
        return { id, client: await fx.as(id) };
      }),
    );
    const uncertified = await fx.as(await fx.volunteer({ name: '陈静' }));
    const refused = await uncertified.post(`/api/shifts/${shift}/signups`, {});
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'SIGNUP_REQUIREMENTS_MISSING',
      details: { certifications: [FIRE] },
    });

    const statuses: string[] = [];
    for (const v of certified) {
      const response = await v.client.post(`/api/shifts/${shift}/signups`, {});
      expect(response.status).toBe(201);
      statuses.push(response.body.status);
    }
    expect(statuses).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
    const [first, cancelling, , waiting] = certified;

    // A confirmed one cancels; the waitlisted one is promoted and notified.
    expect((await cancelling.client.delete(`/api/shifts/${shift}/signups/me`)).body.status).toBe('cancelled');
    expect((await waiting.client.get(`/api/shifts/${shift}/signups/me`)).body.status).toBe('confirmed');
    const inbox = await waiting.client.get('/api/volunteers/me/notifications');
    expect(inbox.status).toBe(200);
    expect(inbox.body.unreadCount).toBe(1);
    expect(inbox.body.items).toMatchObject([{ kind: 'waitlist_promoted', shiftId: shift, read: false }]);
    const read = await waiting.client.post(`/api/volunteers/me/notifications/${inbox.body.items[0].id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.read).toBe(true);
    expect((await waiting.client.get('/api/volunteers/me/notifications')).body.unreadCount).toBe(0);

    // At the venue: check-in and check-out by the shift's QR code, shown on the coordinator's screen.
    const qr = async (purpose: 'check_in' | 'check_out'): Promise<string> => {
      const response = await coordinator.get(`/api/shifts/${shift}/check-in-code?purpose=${purpose}`);
      expect(response.status).toBe(200);
      return response.body.code;
    };
    const checkIn = await waiting.client.post('/api/attendance/scan', { code: await qr('check_in') });
    expect(checkIn.status).toBe(200);
    expect(checkIn.body).toMatchObject({ status: 'attended', checkInMethod: 'qr' });
    // Three hours on the job: the clock is the one thing a test cannot wait for.
    await db.query('UPDATE attendance SET checked_in_at = ? WHERE id = ?', [
      new Date(Date.now() - 3 * 3_600_000 - 60_000),
      checkIn.body.id,
    ]);
    const checkOut = await waiting.client.post('/api/attendance/scan', { code: await qr('check_out') });
    expect(checkOut.status).toBe(200);
    expect(checkOut.body.checkOutMethod).toBe('qr');

    // Nothing to certify before the hours are verified.
    const early = await waiting.client.post(`/api/volunteers/${waiting.id}/certificates`);
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('NO_VERIFIED_HOURS');

    // The coordinator verifies the hours.
    const [record] = (await coordinator.get(`/api/volunteers/${waiting.id}/hours`)).body.records;
    expect(record).toMatchObject({ hours: '3.00', status: 'recorded' });
    expect((await coordinator.post(`/api/hours/${record.id}/verify`)).body.status).toBe('verified');

    // The volunteer sees the assignment, the hours and the points.
    const assignments = await waiting.client.get('/api/volunteers/me/assignments');
    expect(assignments.status).toBe(200);
    expect(assignments.body.items).toMatchObject([
      { status: 'confirmed', shift: { id: shift, title: '社区消防安全宣传' } },
    ]);
    expect((await waiting.client.get(`/api/volunteers/${waiting.id}/hours`)).body.totalVerifiedHours).toBe(
      '3.00',
    );
    expect((await waiting.client.get(`/api/volunteers/${waiting.id}/points`)).body.balance).toBe(30);

    // They request a certificate, download it, and anyone can verify it without a token.
    const issued = await waiting.client.post(`/api/volunteers/${waiting.id}/certificates`);
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({
      number: expect.stringMatching(/^LK-\d{4}-\d{6}$/),
      volunteerName: '刘洋',
      totalHours: '3.00',
      services: [{ activity: '社区消防安全宣传', organisation: '南山社区服务中心', hours: '3.00' }],
      issuer: '烟台市芝罘区志愿服务站',
      revoked: false,
    });
    const number: string = issued.body.number;
    expect(issued.body.verificationUrl).toBe(`https://linkage.example.cn/api/certificates/${number}/verify`);
    expect(issued.body.maskedStudentNumber).toContain('*');

    const listed = await waiting.client.get(`/api/volunteers/${waiting.id}/certificates`);
    expect(listed.body.map((c: { number: string }) => c.number)).toEqual([number]);

    const pdf = await fetch(`${service.url}/api/certificates/${number}.pdf`, {
      headers: bearer(waiting.client),
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    const [downloaded] = await db.query(
      `SELECT COUNT(*) AS n FROM audit_events WHERE action = 'certificate.downloaded' AND outcome = 'allowed'`,
    );
    expect(Number(downloaded.n)).toBe(1);

    const verified = await service.http.get(`/api/certificates/${number}/verify`);
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({
      number,
      volunteerName: '刘洋',
      maskedStudentNumber: issued.body.maskedStudentNumber,
      nationalVolunteerNumber: null,
      totalHours: '3.00',
      services: [
        {
          date: record.serviceDate,
          activity: '社区消防安全宣传',
          organisation: '南山社区服务中心',
          hours: '3.00',
        },
      ],
      issuer: '烟台市芝罘区志愿服务站',
      issuedOn: issued.body.issuedOn,
      revoked: false,
      revokedOn: null,
      revokeReason: null,
    });

    // The coordinator revokes it; verification says so, with when and why.
    expect((await first.client.post(`/api/certificates/${number}/revoke`, { reason: 'x' })).status).toBe(403);
    const revoked = await coordinator.post(`/api/certificates/${number}/revoke`, {
      reason: '服务记录有误，重新出具',
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revoked).toBe(true);
    const after = await service.http.get(`/api/certificates/${number}/verify`);
    expect(after.body).toMatchObject({
      revoked: true,
      revokedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      revokeReason: '服务记录有误，重新出具',
    });
    const revokedPdf = await fetch(`${service.url}/api/certificates/${number}.pdf`, {
      headers: bearer(coordinator),
    });
    expect(revokedPdf.status).toBe(200);

    const unknown = await service.http.get('/api/certificates/LK-1999-000001/verify');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CERTIFICATE_NOT_FOUND');
  });
});

/** The client's authorization header, for requests whose body is binary. */
function bearer(client: HttpClient): Record<string, string> {
  const headers = (client as unknown as { defaultHeaders: Record<string, string> }).defaultHeaders;
  return { authorization: headers.authorization };
}
