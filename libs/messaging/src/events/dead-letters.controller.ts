import { CurrentPrincipal, Roles, type Principal } from '@linkage/auth';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { DeadLetterQuery } from './dead-letter.query';
import { DeadLettersService } from './dead-letters.service';

/**
 * This service's dead letters, for admins. Every service has them at the same path, so they stay out
 * of the service's OpenAPI document; admins use the gateway's merged `/api/dead-letters`.
 */
@ApiExcludeController()
@Controller('dead-letters')
@Roles('admin')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Get()
  list(@Query() query: DeadLetterQuery) {
    return this.deadLetters.list(query);
  }

  @Post(':id/replay')
  @HttpCode(200)
  replay(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.deadLetters.replay(principal, id);
  }

  @Post(':id/discard')
  @HttpCode(200)
  discard(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.deadLetters.discard(principal, id);
  }
}
