import { ServiceConfig } from '@linkage/config';
import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { mysqlDataSourceOptions, type SchemaParts } from './mysql-options';

/** Connects a service to its own schema. Migrations run before the app starts (prepareDatabase). */
@Module({})
export class DatabaseModule {
  static forService(parts: SchemaParts): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [ServiceConfig],
          useFactory: (config: ServiceConfig) => ({
            ...mysqlDataSourceOptions(config, parts),
            retryAttempts: 3,
            retryDelay: 1000,
          }),
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
