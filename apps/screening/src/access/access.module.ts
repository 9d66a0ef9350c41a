import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { ScreenerSessionsSource, ScreeningAccess } from './screening.access';

/**
 * The screening service's access decisions (screening.access.ts). Global like the audit log: every
 * feature asks it. It depends on no feature module: the service definition hands it the sessions
 * feature's reader of confirmed screeners, which would otherwise make access and sessions import each other.
 */
@Global()
@Module({})
export class AccessModule {
  static withScreenerSessions(source: Type<ScreenerSessionsSource>): DynamicModule {
    return {
      module: AccessModule,
      providers: [ScreeningAccess, { provide: ScreenerSessionsSource, useClass: source }],
      exports: [ScreeningAccess],
    };
  }
}
