import { RequestValidationError } from '@linkage/errors';

/**
 * The session a result is entered at. A screener enters results only at the session they work, for its
 * residents, so the result carries the resident's session; naming another is refused. Staff name the
 * session or none (a stage-2 visit two weeks later is at no session).
 */
export function resultSession(
  residentSessionId: string | null,
  given: string | null,
  actsForStation: boolean,
): string | null {
  if (actsForStation) return given;
  if (given !== null && given !== residentSessionId)
    throw new RequestValidationError([
      { field: 'sessionId', messages: ['sessionId is not the session the resident was registered at'] },
    ]);
  return residentSessionId;
}
