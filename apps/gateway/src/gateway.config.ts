import { BACKEND_SERVICES, CommonConfig, SERVICES, toInt, type BackendServiceName } from '@linkage/config';
import { Transform } from 'class-transformer';
import { IsInt, IsUrl, Max, Min } from 'class-validator';

const url = { require_tld: false, require_protocol: true, protocols: ['http', 'https'] };
const urlMessage = { message: 'must be an http(s) URL such as http://volunteers:3002' };

/** Where the gateway finds each service, and how long it waits for one. */
export class GatewayConfig extends CommonConfig {
  @IsUrl(url, urlMessage) VOLUNTEERS_URL = `http://127.0.0.1:${SERVICES.volunteers.port}`;
  @IsUrl(url, urlMessage) PARTNERS_URL = `http://127.0.0.1:${SERVICES.partners.port}`;
  @IsUrl(url, urlMessage) SCREENING_URL = `http://127.0.0.1:${SERVICES.screening.port}`;
  @IsUrl(url, urlMessage) COUNSELLING_URL = `http://127.0.0.1:${SERVICES.counselling.port}`;

  /** A proxied request that takes longer than this is answered 504 GATEWAY_TIMEOUT. */
  @Transform(toInt)
  @Min(100)
  @Max(120000)
  @IsInt()
  PROXY_TIMEOUT_MS: number = 15000;

  /** How long the gateway waits for a service's health or OpenAPI document. */
  @Transform(toInt)
  @Min(100)
  @Max(30000)
  @IsInt()
  UPSTREAM_CHECK_TIMEOUT_MS: number = 2000;

  /**
   * The largest import file forwarded to screening (`POST /api/campaigns/:id/imports`): keep it equal to
   * screening's IMPORT_MAX_BYTES, which refuses more itself. Every other body stops at 1 MiB.
   */
  @Transform(toInt)
  @Min(1_048_576)
  @Max(100 * 1_048_576)
  @IsInt()
  IMPORT_MAX_BYTES: number = 10 * 1_048_576;

  serviceUrl(service: BackendServiceName): string {
    const key = `${service.toUpperCase()}_URL` as `${Uppercase<BackendServiceName>}_URL`;
    return this[key].replace(/\/+$/, '');
  }

  serviceUrls(): Record<BackendServiceName, string> {
    return Object.fromEntries(BACKEND_SERVICES.map((s) => [s, this.serviceUrl(s)])) as Record<
      BackendServiceName,
      string
    >;
  }
}
