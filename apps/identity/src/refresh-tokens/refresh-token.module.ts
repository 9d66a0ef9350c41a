import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RefreshToken } from './refresh-token.entity';
import { RefreshTokenRepository } from './refresh-token.repository';
import { RefreshTokens } from './refresh-tokens';

/** The refresh-token store, shared by sign-in (sessions) and deactivation (accounts). */
@Module({
  imports: [TypeOrmModule.forFeature([RefreshToken])],
  providers: [RefreshTokenRepository, RefreshTokens],
  exports: [RefreshTokens],
})
export class RefreshTokenModule {}
