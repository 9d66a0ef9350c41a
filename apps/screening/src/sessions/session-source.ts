/** The `source` volunteers gives the shifts it makes from a screening session. */
const SOURCE = /^screening_session:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** `screening_session:<uuid>` → the session id; null for any other source (a partner event's, none). */
export function sessionIdOf(source: string | null | undefined): string | null {
  const match = SOURCE.exec(source ?? '');
  return match ? match[1].toLowerCase() : null;
}
