import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntdApp, ConfigProvider } from 'antd';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import zhCN from '../../i18n/locales/zh-CN.json';
import { setDateLocale } from '../../lib/time';
import OpenShiftsPage from './OpenShiftsPage';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN } },
    lng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  setDateLocale('zh-CN');
});
afterEach(() => vi.unstubAllGlobals());

const shift = (id: string, title: string, requiredSkills: string[], venue: string) => ({
  id,
  title,
  description: null,
  location: { venue, address: null, latitude: null, longitude: null },
  startsAt: '2026-12-01T01:00:00.000Z',
  endsAt: '2026-12-01T04:00:00.000Z',
  capacity: 6,
  seatsTaken: 1,
  seatsLeft: 5,
  requiredSkills,
  requiredCertifications: [],
  teamId: null,
  opensAt: null,
  closesAt: null,
  signUpMode: 'auto',
  waitlistPromotion: 'auto',
  offerClaimMinutes: 720,
  cancellationCutoffHours: 24,
  status: 'open',
  cancelReason: null,
  source: { type: 'manual', id: null },
  createdAt: '2026-11-20T00:00:00.000Z',
  updatedAt: '2026-11-20T00:00:00.000Z',
});

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function renderPage() {
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        {/* As the app's shell sets it: no space inserted into two-character labels. */}
        <ConfigProvider button={{ autoInsertSpace: false }}>
          <AntdApp>
            <MemoryRouter>
              <OpenShiftsPage />
            </MemoryRouter>
          </AntdApp>
        </ConfigProvider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('open shifts', () => {
  it('lists the shifts, narrows them by community, and says why a sign-up was refused', async () => {
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        const url = new URL(request.url);
        calls.push(`${request.method} ${url.pathname}${url.search}`);
        if (url.pathname === '/api/shifts') {
          return json(200, {
            items: [
              shift('s1', '消防安全进社区宣传', ['消防安全'], '滨海路社区'),
              shift('s2', '记忆礼包认知筛查', ['认知筛查'], '黄海路社区'),
            ],
            nextCursor: null,
          });
        }
        if (url.pathname === '/api/volunteers/me/assignments')
          return json(200, { items: [], nextCursor: null });
        if (url.pathname === '/api/shifts/s2/signups') {
          return json(422, {
            statusCode: 422,
            code: 'SIGNUP_REQUIREMENTS_MISSING',
            message: 'This shift needs: 认知筛查.',
            details: { skills: ['认知筛查'], certifications: [], team: false },
          });
        }
        return json(404, { statusCode: 404, code: 'NOT_FOUND', message: 'no' });
      }),
    );
    renderPage();

    expect(await screen.findByRole('region', { name: '消防安全进社区宣传' })).toBeTruthy();
    expect(calls[0]).toMatch(/^GET \/api\/shifts\?fits=me&from=/);

    fireEvent.click(within(screen.getByRole('group', { name: '社区 / 地点' })).getByText('黄海路社区'));
    await waitFor(() => expect(screen.queryByRole('region', { name: '消防安全进社区宣传' })).toBeNull());

    const card = screen.getByRole('region', { name: '记忆礼包认知筛查' });
    fireEvent.click(within(card).getByRole('button', { name: '报名' }));
    const alert = await within(card).findByRole('alert');
    expect(alert.textContent).toContain('该岗位需要： 技能“认知筛查”');
    expect(calls).toContain('POST /api/shifts/s2/signups');
  });
});
