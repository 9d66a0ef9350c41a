import { MaxChars } from '@linkage/errors';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString } from 'class-validator';
import { localDateOf } from '../time/local-date';
import type { Certificate } from './certificate.entity';
import { maskIdentifier } from './mask-identifier';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class RevokeCertificateDto {
  @ApiProperty({ example: '服务时长记录有误，已重新出具', maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  reason: string;
}

export class CertifiedServiceView {
  @ApiProperty({ format: 'date', example: '2026-10-17' }) date: string;
  @ApiProperty({ description: 'The activity (the shift’s title)', example: '滨海路社区记忆礼包筛查' })
  activity: string;
  @ApiProperty({ description: 'The community or venue', example: '滨海路社区居委会' }) organisation: string;
  @ApiProperty({ example: '3.00' }) hours: string;
}

/** The identity a certificate shows: the national number when it has one, else the masked student number. */
const ApiMaskedStudentNumber = () =>
  ApiProperty({
    nullable: true,
    type: String,
    example: 'S202****01',
    description: 'Shown only when the certificate has no national volunteer number',
  });
const ApiNationalNumber = () => ApiProperty({ nullable: true, type: String, example: '37060220230001234' });

/** A registered certificate, for its volunteer and coordinators (the student number stays masked). */
export class CertificateView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-b6c7-7d8e-8f9a-0b1c2d3e4f5a' }) id: string;
  @ApiProperty({ example: 'LK-2026-000123' }) number: string;
  @ApiProperty({ format: 'uuid', example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' }) volunteerId: string;
  @ApiProperty({ example: '李晓雯' }) volunteerName: string;
  @ApiMaskedStudentNumber() maskedStudentNumber: string | null;
  @ApiNationalNumber() nationalVolunteerNumber: string | null;
  @ApiProperty({ example: '12.50' }) totalHours: string;
  @ApiProperty({ type: CertifiedServiceView, isArray: true }) services: CertifiedServiceView[];
  @ApiProperty({ example: '烟台市芝罘区志愿服务站' }) issuer: string;
  @ApiProperty({ format: 'date', example: '2026-10-20' }) issuedOn: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-20T03:12:45.000Z' }) issuedAt: string;
  @ApiProperty({
    description: 'Where the PDF is downloaded',
    example: '/api/certificates/LK-2026-000123.pdf',
  })
  pdfPath: string;
  @ApiProperty({
    description: 'Where anyone can verify it',
    example: 'https://linkage.example.org/api/certificates/LK-2026-000123/verify',
  })
  verificationUrl: string;
  @ApiProperty({ example: false }) revoked: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: null }) revokedAt: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) revokeReason: string | null;

  static of(c: Certificate, verificationUrl: string): CertificateView {
    return {
      id: c.id,
      number: c.number,
      volunteerId: c.volunteerId,
      volunteerName: c.volunteerName,
      // The national number is the public identifier: with it, the student number is not shown.
      maskedStudentNumber: c.nationalVolunteerNumber ? null : maskIdentifier(c.studentNumber),
      nationalVolunteerNumber: c.nationalVolunteerNumber,
      totalHours: c.totalHours,
      services: c.services,
      issuer: c.issuerOrganisation,
      issuedOn: c.issuedOn,
      issuedAt: c.issuedAt.toISOString(),
      pdfPath: `/api/certificates/${c.number}.pdf`,
      verificationUrl,
      revoked: c.revokedAt !== null,
      revokedAt: c.revokedAt?.toISOString() ?? null,
      revokeReason: c.revokeReason,
    };
  }
}

/** What the public verification shows: exactly what is printed on the certificate. */
export class CertificateVerificationView {
  @ApiProperty({ example: 'LK-2026-000123' }) number: string;
  @ApiProperty({ example: '李晓雯' }) volunteerName: string;
  @ApiMaskedStudentNumber() maskedStudentNumber: string | null;
  @ApiNationalNumber() nationalVolunteerNumber: string | null;
  @ApiProperty({ example: '12.50' }) totalHours: string;
  @ApiProperty({ type: CertifiedServiceView, isArray: true }) services: CertifiedServiceView[];
  @ApiProperty({ example: '烟台市芝罘区志愿服务站' }) issuer: string;
  @ApiProperty({ format: 'date', example: '2026-10-20' }) issuedOn: string;
  @ApiProperty({ example: true }) revoked: boolean;
  @ApiProperty({ format: 'date', nullable: true, type: String, example: '2026-11-02' }) revokedOn:
    string | null;
  @ApiProperty({ nullable: true, type: String, example: '服务时长记录有误，已重新出具' })
  revokeReason: string | null;

  static of(c: Certificate): CertificateVerificationView {
    return {
      number: c.number,
      volunteerName: c.volunteerName,
      // The national number is the public identifier: with it, the student number is not shown.
      maskedStudentNumber: c.nationalVolunteerNumber ? null : maskIdentifier(c.studentNumber),
      nationalVolunteerNumber: c.nationalVolunteerNumber,
      totalHours: c.totalHours,
      services: c.services.map((s) => ({
        date: s.date,
        activity: s.activity,
        organisation: s.organisation,
        hours: s.hours,
      })),
      issuer: c.issuerOrganisation,
      issuedOn: c.issuedOn,
      revoked: c.revokedAt !== null,
      revokedOn: c.revokedAt ? localDateOf(c.revokedAt) : null,
      revokeReason: c.revokedAt ? c.revokeReason : null,
    };
  }
}
