import { BlindIndex, FieldCipher } from '@linkage/crypto';
import { Transactions } from '@linkage/database';
import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { CampaignModule } from '../campaigns/campaign.module';
import { ResidentFields } from '../residents/resident-fields';
import { ResultFields } from '../results/result-fields';
import { ScreeningConfig } from '../screening.config';
import { ImportController } from './import.controller';
import { ImportRepository } from './import.repository';
import { ImportSealing } from './import-sealing';
import { ImportWriter } from './import-writer';
import { ImportService } from './import.service';
import { CSV_TYPE, XLSX_TYPE } from './spreadsheet';

/**
 * Paper stage-1 forms imported from a spreadsheet. The services take JSON bodies only: this module
 * teaches the HTTP server to take a CSV or XLSX file as the raw body (no multipart), up to
 * IMPORT_MAX_BYTES. It seals residents and results with the same field classes as the residents and
 * results features (made here from the shared cipher and blind index; those modules keep theirs).
 */
@Module({
  imports: [CampaignModule],
  controllers: [ImportController],
  providers: [
    ImportRepository,
    ImportService,
    ImportSealing,
    ImportWriter,
    Transactions,
    {
      provide: ResidentFields,
      inject: [FieldCipher, BlindIndex],
      useFactory: (c: FieldCipher, i: BlindIndex) => new ResidentFields(c, i),
    },
    { provide: ResultFields, inject: [FieldCipher], useFactory: (c: FieldCipher) => new ResultFields(c) },
  ],
})
export class ImportModule implements OnModuleInit {
  constructor(
    private readonly http: HttpAdapterHost,
    private readonly config: ScreeningConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.http.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || fastify.hasContentTypeParser(XLSX_TYPE)) return;
    fastify.addContentTypeParser(
      [CSV_TYPE, XLSX_TYPE],
      { parseAs: 'buffer', bodyLimit: this.config.IMPORT_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
  }
}
