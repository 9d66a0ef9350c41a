import { CommonConfig } from '@linkage/config';
import { Global, Module, type DynamicModule } from '@nestjs/common';

/** Makes the config parsed at boot injectable by its own class and as CommonConfig. */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: CommonConfig): DynamicModule {
    const providers = [
      { provide: config.constructor, useValue: config },
      { provide: CommonConfig, useValue: config },
    ];
    return { module: AppConfigModule, providers, exports: providers.map((p) => p.provide) };
  }
}
