import { Module, type DynamicModule, type InjectionToken } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { READINESS_CHECKS, type ReadinessChecks } from './readiness-checks';
import { ShutdownState } from './shutdown-state';

@Module({})
export class HealthModule {
  /** `checks` is a provider for READINESS_CHECKS built from the app's own indicators. */
  static forRoot(checks: {
    inject: InjectionToken[];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    useFactory: (...deps: any[]) => ReadinessChecks;
  }): DynamicModule {
    return {
      module: HealthModule,
      global: true,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json', gracefulShutdownTimeoutMs: 0 })],
      controllers: [HealthController],
      providers: [ShutdownState, { ...checks, provide: READINESS_CHECKS }],
      exports: [ShutdownState],
    };
  }
}
