import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { MembershipSource, VolunteersAccess } from './volunteers.access';

/**
 * The volunteers service's access decisions (volunteers.access.ts). Global like the audit log: every
 * feature asks it. It depends on no feature module: the service definition hands it the teams feature's
 * membership reader, which would otherwise make access and teams import each other.
 */
@Global()
@Module({})
export class AccessModule {
  static withMemberships(source: Type<MembershipSource>): DynamicModule {
    return {
      module: AccessModule,
      providers: [VolunteersAccess, { provide: MembershipSource, useClass: source }],
      exports: [VolunteersAccess],
    };
  }
}
