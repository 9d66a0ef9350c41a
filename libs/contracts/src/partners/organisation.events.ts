import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/** Kinds as the partners directory keeps them; consumers keep the value as text. */
const KINDS_MAX = 40;

/** A new organisation in the partners directory. */
export class OrganisationRegisteredV1 {
  @IsUUID()
  organisationId: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @IsString()
  @MaxLength(KINDS_MAX)
  kind: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  district: string | null;

  @IsIn(['active', 'suspended'])
  status: 'active' | 'suspended';

  /** Starts at 1 and grows with every change: read models keep the highest they have seen. */
  @IsInt()
  @Min(1)
  version: number;

  @IsISO8601()
  changedAt: string;
}

/** An organisation renamed or otherwise edited: its state after the change. */
export class OrganisationChangedV1 extends OrganisationRegisteredV1 {
  @IsString({ each: true })
  changedFields: string[];
}
