// Run with `node --test eslint/`: ESLint's RuleTester on node:test.
import { describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { featureBoundaries } from './feature-boundaries.mjs';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const signups = '/repo/apps/volunteers/src/signups/signup.service.ts';

tester.run('linkage/feature-boundaries', featureBoundaries, {
  valid: [
    // Another feature's service, view type or pure rule.
    { filename: signups, code: "import { ShiftService } from '../shifts/shift.service';" },
    { filename: signups, code: "import type { ShiftData } from '../shifts/shift-data';" },
    { filename: signups, code: "import { takesSignups } from '../shifts/shift-status';" },
    // The feature's own repository and entity.
    { filename: signups, code: "import { SignupRepository } from './signup.repository';" },
    { filename: signups, code: "import { Signup } from './signup.entity';" },
    // The folders that put the service together, and files outside any feature folder.
    {
      filename: '/repo/apps/volunteers/src/database/transactions.module.ts',
      code: "import { Shift } from '../shifts/shift.entity';",
    },
    {
      filename: '/repo/apps/volunteers/src/migrations/1795600002000-create-shifts.ts',
      code: "import { Shift } from '../shifts/shift.entity';",
    },
    {
      filename: '/repo/apps/volunteers/src/volunteers.service-definition.ts',
      code: "import { Shift } from './shifts/shift.entity';",
    },
    // Libraries and packages are not features.
    { filename: signups, code: "import { OutboxRepository } from '@linkage/messaging';" },
    // A folder allowed by the option.
    {
      filename: '/repo/apps/volunteers/src/seeding/seed.ts',
      code: "import { Shift } from '../shifts/shift.entity';",
      options: [{ allowedFolders: ['seeding'] }],
    },
  ],
  invalid: [
    {
      filename: signups,
      code: "import { ShiftRepository } from '../shifts/shift.repository';",
      errors: [
        {
          messageId: 'tableModule',
          data: { module: '../shifts/shift.repository', owner: 'shifts', kind: 'repository' },
        },
      ],
    },
    {
      filename: signups,
      code: "import type { Volunteer } from '../volunteers/volunteer.entity';",
      errors: [
        {
          messageId: 'tableModule',
          data: { module: '../volunteers/volunteer.entity', owner: 'volunteers', kind: 'entity' },
        },
      ],
    },
    {
      filename: '/repo/apps/volunteers/src/signups/nested/deep.ts',
      code: "import { TeamMember } from '../../teams/team-member.entity';",
      errors: [{ messageId: 'tableModule' }],
    },
    {
      filename: signups,
      code: "export { HoursRepository } from '../hours/hours.repository';",
      errors: [{ messageId: 'tableModule' }],
    },
    {
      filename: signups,
      code: "export * from '../hours/hours-record.entity';",
      errors: [{ messageId: 'tableModule' }],
    },
    {
      // The access module is a folder like any other: it reads memberships through MembershipSource.
      filename: '/repo/apps/volunteers/src/access/access.module.ts',
      code: "import { TeamMembershipRepository } from '../teams/team-membership.repository';",
      errors: [{ messageId: 'tableModule' }],
    },
    {
      // Without the option, database/ and migrations/ are the only exempt folders.
      filename: '/repo/apps/partners/src/seeding/seed.ts',
      code: "import { Organisation } from '../organisations/organisation.entity';",
      errors: [{ messageId: 'tableModule' }],
    },
  ],
});
