import type { Client } from './http';
import { inBatches } from './http';
import { principal, type TokenMint } from './tokens';

/** A volunteer profile with the token of the account it belongs to. */
export interface BenchVolunteer {
  id: string;
  token: string;
}

/** How many setup requests (profiles, shifts) run at once; setup is not what is measured. */
const SETUP_CONCURRENCY = 8;

/**
 * Registers `count` volunteer profiles as the coordinator (through `baseUrl`) and mints each one's
 * volunteer token. Student numbers and mobiles are made from `tag` and the index, so they are unique.
 */
export async function createVolunteers(
  client: Client,
  baseUrl: string,
  coordinatorToken: string,
  mint: TokenMint,
  tag: string,
  count: number,
): Promise<BenchVolunteer[]> {
  const ids = await inBatches(count, SETUP_CONCURRENCY, async (i) => {
    const created = await client.expect<{ id: string }>(
      201,
      'POST',
      `${baseUrl}/api/volunteers`,
      coordinatorToken,
      {
        name: `压测志愿者${tag}-${i + 1}`,
        studentNumber: `B${tag}${String(i).padStart(5, '0')}`,
        department: '压测学院',
        mobile: `138${String(i).padStart(8, '0')}`,
      },
    );
    return created.id;
  });
  return Promise.all(
    ids.map(async (id, i) => ({
      id,
      token: await mint.token(principal('volunteer', `压测志愿者${tag}-${i + 1}`, id)),
    })),
  );
}

export interface ShiftInput {
  title: string;
  startsAt: Date;
  hours: number;
  capacity: number;
}

/** Creates an open shift (auto confirm, sign-ups open since ten minutes ago) as the coordinator. */
export async function createShift(
  client: Client,
  baseUrl: string,
  coordinatorToken: string,
  input: ShiftInput,
): Promise<string> {
  const created = await client.expect<{ id: string; status: string }>(
    201,
    'POST',
    `${baseUrl}/api/shifts`,
    coordinatorToken,
    {
      title: input.title,
      location: { venue: '压测社区服务中心', address: '烟台市芝罘区压测路 1 号' },
      startsAt: input.startsAt.toISOString(),
      endsAt: new Date(input.startsAt.getTime() + input.hours * 3_600_000).toISOString(),
      capacity: input.capacity,
      opensAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      signUpMode: 'auto',
    },
  );
  if (created.status !== 'open') throw new Error(`new shift is ${created.status}, not open`);
  return created.id;
}

/** A whole hour `days` days from now (UTC), so shifts never start in the past. */
export function daysFromNow(days: number): Date {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCMinutes(0, 0, 0);
  return at;
}
