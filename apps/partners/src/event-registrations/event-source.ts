/** The `source` volunteers gives the shifts it makes from a partner event. */
const SOURCE = /^partner_event:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** `partner_event:<uuid>` → the event id; null for any other source (a screening session's, none). */
export function partnerEventIdOf(source: string | null | undefined): string | null {
  const match = SOURCE.exec(source ?? '');
  return match ? match[1].toLowerCase() : null;
}
