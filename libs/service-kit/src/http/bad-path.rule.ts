/**
 * Why a request path must be refused before routing, or undefined when it is fine. No id or name in
 * this API contains a slash, a backslash or a dot segment, so a path that smuggles one in (encoded or
 * not) can only be trying to make the gateway and a service disagree about which route it names — the
 * gateway would route `/api/shifts/%2F..%2Fidentity` to volunteers, whose router might decode it to
 * something else. Refusing them everywhere is simpler than proving every router agrees.
 */
export function badPathReason(url: string): string | undefined {
  const path = url.split('?', 1)[0];
  // Every refusal below needs a '%', a backslash or a dot: most paths have none, and are done here.
  if (!/[%\\.]/.test(path)) return undefined;
  if (/%(2f|5c)/i.test(path) || path.includes('\\')) {
    return 'The path contains an encoded or backward slash (%2F, %5C, \\); ids never contain one.';
  }
  const segments = path.split('/').map(decodeSegment);
  if (segments.some((segment) => segment === undefined)) return 'The path has a malformed %-escape.';
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return "The path contains a '.' or '..' segment.";
  }
  return undefined;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
