/**
 * The largest body the gateway forwards for a request. Bodies are forwarded unparsed, and the gateway
 * decides by the declared length before reading one: 1 MiB (the services' own JSON limit) except for the few routes
 * that take a file and allow more themselves — screening's import of paper forms (`IMPORT_MAX_BYTES`,
 * 10 MiB there), which a 10,000-row XLSX can exceed 1 MiB for.
 */
export interface BodyLimits {
  /** Every proxied route's, unless a route below says otherwise. */
  standard: number;
  /** `POST /api/campaigns/:id/imports`: keep it the screening service's IMPORT_MAX_BYTES. */
  imports: number;
}

const IMPORT_PATH = /^\/api\/campaigns\/[^/?#]+\/imports\/?(?:[?#]|$)/;

export function bodyLimitFor(method: string, url: string, limits: BodyLimits): number {
  return method === 'POST' && IMPORT_PATH.test(url) ? limits.imports : limits.standard;
}
