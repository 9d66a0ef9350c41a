import {
  DEMO_CAMPAIGN,
  DEMO_ORGANISATIONS,
  DEMO_PROGRAMMES,
  DEMO_VOLUNTEERS,
  type DemoOrganisationKey,
} from './demo-data';

export interface SeedSummary {
  seeded: string[];
  skipped: string[];
}

/**
 * Loads the demo data through the gateway's public API, the way a coordinator would enter it, so it
 * passes the same validation and cross-service checks. Each resource is seeded only when it is empty.
 */
export async function seedDemoData(gatewayUrl: string): Promise<SeedSummary> {
  const api = new DemoApi(gatewayUrl);
  const summary: SeedSummary = { seeded: [], skipped: [] };

  const organisationIds = new Map<DemoOrganisationKey, string>();
  if (await api.isEmpty('/api/organisations')) {
    for (const { key, ...organisation } of DEMO_ORGANISATIONS) {
      organisationIds.set(key, (await api.post<{ id: string }>('/api/organisations', organisation)).id);
    }
    summary.seeded.push(`${DEMO_ORGANISATIONS.length} organisations`);
  } else {
    summary.skipped.push('organisations');
  }

  if (await api.isEmpty('/api/volunteers')) {
    for (const volunteer of DEMO_VOLUNTEERS) await api.post('/api/volunteers', volunteer);
    summary.seeded.push(`${DEMO_VOLUNTEERS.length} volunteers`);
  } else {
    summary.skipped.push('volunteers');
  }

  if ((await api.isEmpty('/api/campaigns')) && organisationIds.size > 0) {
    const { partners, ...campaign } = DEMO_CAMPAIGN;
    await api.post('/api/campaigns', {
      ...campaign,
      partnerOrganisationIds: partners.map((key) => organisationIds.get(key)),
    });
    summary.seeded.push('the Memory Package campaign');
  } else {
    summary.skipped.push('campaigns');
  }

  if (await api.isEmpty('/api/programmes')) {
    for (const programme of DEMO_PROGRAMMES) await api.post('/api/programmes', programme);
    summary.seeded.push(`${DEMO_PROGRAMMES.length} counselling programmes`);
  } else {
    summary.skipped.push('programmes');
  }
  return summary;
}

class DemoApi {
  constructor(private readonly baseUrl: string) {}

  async isEmpty(path: string): Promise<boolean> {
    const page = await this.request<{ items: unknown[] }>('GET', `${path}?limit=1`);
    return page.items.length === 0;
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Demo data: ${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }
}
