import { BACKEND_SERVICES, type BackendServiceName } from '@linkage/config';
import { Injectable } from '@nestjs/common';
import { GatewayConfig } from '../gateway.config';

export interface ServiceHealth {
  status: 'up' | 'down';
  url: string;
  checks?: unknown;
  error?: string;
}

export interface SystemHealth {
  status: 'ok' | 'degraded';
  services: Record<BackendServiceName, ServiceHealth>;
}

/** Asks every service's readiness probe, in parallel and each with a timeout. */
@Injectable()
export class ServicesHealthService {
  constructor(private readonly config: GatewayConfig) {}

  async check(): Promise<SystemHealth> {
    const entries = await Promise.all(
      BACKEND_SERVICES.map(async (service) => [service, await this.checkOne(service)] as const),
    );
    const services = Object.fromEntries(entries) as Record<BackendServiceName, ServiceHealth>;
    const allUp = entries.every(([, h]) => h.status === 'up');
    return { status: allUp ? 'ok' : 'degraded', services };
  }

  private async checkOne(service: BackendServiceName): Promise<ServiceHealth> {
    const url = this.config.serviceUrl(service);
    try {
      const response = await fetch(`${url}/health/ready`, {
        signal: AbortSignal.timeout(this.config.UPSTREAM_CHECK_TIMEOUT_MS),
      });
      const body = (await response.json().catch(() => null)) as { details?: unknown } | null;
      return { status: response.ok ? 'up' : 'down', url, checks: body?.details ?? body };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { status: 'down', url, error: cause ?? (error as Error).name };
    }
  }
}
