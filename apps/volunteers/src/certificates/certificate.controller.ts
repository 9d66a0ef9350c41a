import { CurrentPrincipal, Public, Roles, type Principal } from '@linkage/auth';
import { ApiErrors } from '@linkage/errors';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { VOLUNTEERS_ROLES } from '../access/volunteers.access';
import { CertificateVerificationView, CertificateView, RevokeCertificateDto } from './certificate.dto';
import { CertificateError } from './certificate.error';
import { CertificateIssuing } from './certificate-issuing.service';
import { CertificateService } from './certificate.service';

@ApiTags('certificates')
@Controller()
export class CertificateController {
  constructor(
    private readonly certificates: CertificateService,
    private readonly issuing: CertificateIssuing,
  ) {}

  @Post('volunteers/:id/certificates')
  @HttpCode(201)
  @ApiBearerAuth('bearer')
  @Roles(...VOLUNTEERS_ROLES['record.request_certificate'])
  @ApiOperation({
    summary: 'Issue a numbered certificate of the verified hours (coordinators; a volunteer their own)',
  })
  @ApiCreatedResponse({ type: CertificateView })
  @ApiErrors(CertificateError, 'CERTIFICATE_VOLUNTEER_NOT_FOUND', 'NO_VERIFIED_HOURS')
  async issue(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<CertificateView> {
    return this.view(await this.issuing.issue(principal, id));
  }

  @Get('volunteers/:id/certificates')
  @ApiBearerAuth('bearer')
  @Roles(...VOLUNTEERS_ROLES['record.read'])
  @ApiOperation({ summary: 'A volunteer’s certificates, newest first (coordinators; the volunteer)' })
  @ApiOkResponse({ type: CertificateView, isArray: true })
  @ApiErrors(CertificateError, 'CERTIFICATE_VOLUNTEER_NOT_FOUND')
  async list(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<CertificateView[]> {
    return (await this.certificates.list(principal, id)).map((c) => this.view(c));
  }

  @Get('certificates/:number.pdf')
  @ApiBearerAuth('bearer')
  @Roles(...VOLUNTEERS_ROLES['record.read'])
  @ApiOperation({ summary: 'The certificate as a PDF (its volunteer; coordinators)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(CertificateError, 'CERTIFICATE_NOT_FOUND')
  async pdf(
    @CurrentPrincipal() principal: Principal,
    @Param('number') number: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { certificate, pdf } = await this.certificates.pdf(principal, number);
    void reply
      .header('content-type', 'application/pdf')
      .header('cache-control', 'private, no-store')
      .header('content-disposition', `attachment; filename="${certificate.number}.pdf"`);
    return pdf;
  }

  @Post('certificates/:number/revoke')
  @HttpCode(200)
  @ApiBearerAuth('bearer')
  @Roles(...VOLUNTEERS_ROLES['record.administer'])
  @ApiOperation({ summary: 'Revoke a certificate with a reason (coordinators)' })
  @ApiOkResponse({ type: CertificateView })
  @ApiErrors(CertificateError, 'CERTIFICATE_NOT_FOUND')
  async revoke(
    @CurrentPrincipal() principal: Principal,
    @Param('number') number: string,
    @Body() body: RevokeCertificateDto,
  ): Promise<CertificateView> {
    return this.view(await this.certificates.revoke(principal, number, body.reason));
  }

  @Get('certificates/:number/verify')
  @Public()
  @ApiOperation({ summary: 'Verify a certificate by its number (public: shows only what it shows)' })
  @ApiOkResponse({ type: CertificateVerificationView })
  @ApiErrors(CertificateError, 'CERTIFICATE_NOT_FOUND')
  async verify(@Param('number') number: string): Promise<CertificateVerificationView> {
    return CertificateVerificationView.of(await this.certificates.verify(number));
  }

  private view(certificate: Parameters<typeof CertificateView.of>[0]): CertificateView {
    return CertificateView.of(certificate, this.certificates.verificationUrl(certificate.number));
  }
}
