import { BACKEND_SERVICES } from '@linkage/config';
import { Injectable, Logger } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { GatewayConfig } from '../gateway.config';
import { mergeOpenApi, type ServiceDocument } from './merge-openapi';

const CACHE_MS = 5000;

/** Fetches every service's OpenAPI document and serves them merged; cached briefly. */
@Injectable()
export class ApiDocsService {
  private readonly logger = new Logger(ApiDocsService.name);
  private cached: { at: number; document: OpenAPIObject } | null = null;

  constructor(private readonly config: GatewayConfig) {}

  async merged(base: OpenAPIObject): Promise<OpenAPIObject> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.document;
    const documents = await Promise.all(BACKEND_SERVICES.map((service) => this.fetchDocument(service)));
    const document = mergeOpenApi(base, documents);
    // Only a complete document is cached, so a service that comes up shows at once.
    this.cached = documents.every((d) => d.document) ? { at: Date.now(), document } : null;
    return document;
  }

  private async fetchDocument(service: (typeof BACKEND_SERVICES)[number]): Promise<ServiceDocument> {
    try {
      const response = await fetch(`${this.config.serviceUrl(service)}/docs-json`, {
        signal: AbortSignal.timeout(this.config.UPSTREAM_CHECK_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return { service, document: (await response.json()) as OpenAPIObject };
    } catch (error) {
      this.logger.warn(`No OpenAPI document from ${service}: ${String(error)}`);
      return { service, document: null };
    }
  }
}
