import { CommonConfig } from '@linkage/config';
import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';

/**
 * Makes the config parsed at boot injectable by its own class and by every class it extends
 * (IdentityConfig → ServiceConfig → CommonConfig), so shared code asks for what it needs.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(config: CommonConfig): DynamicModule {
    const providers: Provider[] = [];
    for (
      let type = config.constructor;
      type !== Object && type !== Function.prototype;
      type = Object.getPrototypeOf(type) as typeof type
    ) {
      providers.push({ provide: type, useValue: config });
      if (type === CommonConfig) break;
    }
    return {
      module: AppConfigModule,
      providers,
      exports: providers.map((p) => (p as { provide: unknown }).provide as never),
    };
  }
}
