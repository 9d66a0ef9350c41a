import { claimedByCode } from './check-in-code.parse';
import { issueCheckInCode } from './qr-code';

const SECRET = 'a-test-secret-of-enough-bytes';
const SHIFT = '01900000-0000-7000-8000-0000000000aa';

describe('claimedByCode', () => {
  it.each(['check_in', 'check_out'] as const)('reads the shift and purpose of a %s code', (purpose) => {
    const code = issueCheckInCode(SECRET, SHIFT, purpose, new Date());
    expect(claimedByCode(code)).toEqual({ shiftId: SHIFT, purpose });
    expect(claimedByCode(` ${code}\n`)).toEqual({ shiftId: SHIFT, purpose });
  });

  it.each(['', 'hello', 'c2.i.abc.x.y', 'c1.x.abc.shift.mac', 'c1.i.ABC.shift.mac'])(
    'answers null for %j',
    (code) => expect(claimedByCode(code)).toBeNull(),
  );
});
