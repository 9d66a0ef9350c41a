import { IsNotBefore, MaxChars } from '@linkage/errors';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, Matches } from 'class-validator';
import type { InsuredPerson, InsuredStatus } from './insured-list';
import type { ShiftInsurance } from './insurance.repository';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);
const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class PutInsuranceDto {
  @ApiProperty({ example: '中国人寿财产保险股份有限公司烟台分公司', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxChars(100)
  insurer: string;

  @ApiProperty({ example: 'PEAC2026370600001234', maxLength: 64 })
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9-]{4,64}$/, { message: 'policyNumber must be 4–64 letters, digits or dashes' })
  policyNumber: string;

  @ApiProperty({ format: 'date', example: '2026-12-01', description: 'First day covered (local date)' })
  @Matches(LOCAL_DATE, { message: 'coversFrom must be a date, YYYY-MM-DD' })
  coversFrom: string;

  @ApiProperty({ format: 'date', example: '2026-12-01', description: 'Last day covered (local date)' })
  @Matches(LOCAL_DATE, { message: 'coversTo must be a date, YYYY-MM-DD' })
  @IsNotBefore('coversFrom')
  coversTo: string;
}

export class InsurancePolicyView {
  @ApiProperty({ example: '中国人寿财产保险股份有限公司烟台分公司' }) insurer: string;
  @ApiProperty({ example: 'PEAC2026370600001234' }) policyNumber: string;
  @ApiProperty({ format: 'date', example: '2026-12-01' }) coversFrom: string;
  @ApiProperty({ format: 'date', example: '2026-12-01' }) coversTo: string;
}

export class InsuredPersonView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-4a1f-7b2c-9d3e-5f6a7b8c9d0e' }) volunteerId: string;
  @ApiProperty({ example: '李晓雯' }) name: string;
  @ApiProperty({ example: '2023011234' }) studentNumber: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-20T02:00:00.000Z' })
  confirmedAt: string | null;
  @ApiProperty({ description: 'On a list sent to the insurer', example: true }) onSentList: boolean;
  @ApiProperty({
    description: 'Confirmed after the list was sent and not on it: not covered until a new list goes',
    example: false,
  })
  notCovered: boolean;

  static of(p: InsuredPerson, status: InsuredStatus): InsuredPersonView {
    return {
      volunteerId: p.volunteerId,
      name: p.name,
      studentNumber: p.studentNumber,
      confirmedAt: p.confirmedAt ? new Date(p.confirmedAt).toISOString() : null,
      ...status,
    };
  }
}

export class ShiftInsuranceView {
  @ApiProperty({ description: 'The shift requires accident insurance (a policy is recorded)', example: true })
  required: boolean;
  @ApiProperty({ type: InsurancePolicyView, nullable: true }) policy: InsurancePolicyView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2026-11-28T02:00:00.000Z' })
  listSentAt: string | null;
  @ApiProperty({ type: [InsuredPersonView], description: 'The confirmed volunteers' })
  people: InsuredPersonView[];
  @ApiProperty({ description: 'How many confirmed volunteers are not covered', example: 0 })
  notCovered: number;

  static of(insurance: ShiftInsurance | null, people: InsuredPersonView[]): ShiftInsuranceView {
    return {
      required: insurance !== null,
      policy: insurance
        ? {
            insurer: insurance.insurer,
            policyNumber: insurance.policyNumber,
            coversFrom: insurance.coversFrom,
            coversTo: insurance.coversTo,
          }
        : null,
      listSentAt: insurance?.listSentAt ? new Date(insurance.listSentAt).toISOString() : null,
      people,
      notCovered: people.filter((p) => p.notCovered).length,
    };
  }
}
