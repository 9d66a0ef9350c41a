import { MaxChars } from '@linkage/errors';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'wang.li@example.org', description: 'Email address or mainland mobile number' })
  @IsString()
  @IsNotEmpty()
  @MaxChars(254)
  login: string;

  @ApiProperty({ example: 'correct-horse-42', format: 'password', maxLength: 128 })
  @IsString()
  @IsNotEmpty()
  @MaxChars(128)
  password: string;
}

export class RefreshTokenDto {
  @ApiProperty({
    description: 'The refresh token from the last sign-in or refresh',
    example: 'r7Qm2xY9kL4vN8pS1tW6zB3cF5hJ0dG2aE7uI9oK4mQ',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken: string;
}

export class TokenResponse {
  @ApiProperty({
    description: 'JWT (EdDSA) for Authorization: Bearer …',
    example: 'eyJhbGciOiJFZERTQSIsImtpZCI6ImsxIn0.eyJzdWIiOiIwMTkyYjdlMiJ9.c2lnbmF0dXJl',
  })
  accessToken: string;
  @ApiProperty({ enum: ['Bearer'], enumName: 'TokenType' }) tokenType: 'Bearer';
  @ApiProperty({ example: 900, description: 'Seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({
    description: 'Opaque, single use: trade it at /api/auth/refresh for a new pair',
    example: 'r7Qm2xY9kL4vN8pS1tW6zB3cF5hJ0dG2aE7uI9oK4mQ',
  })
  refreshToken: string;
}

export class JwkView {
  @ApiProperty({ enum: ['OKP'], enumName: 'JwkKeyType' }) kty: 'OKP';
  @ApiProperty({ enum: ['Ed25519'], enumName: 'JwkCurve' }) crv: 'Ed25519';
  @ApiProperty({
    description: 'The public key (base64url)',
    example: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
  })
  x: string;
  @ApiProperty({ example: 'k-2026-10' }) kid: string;
  @ApiProperty({ enum: ['EdDSA'], enumName: 'JwkAlgorithm' }) alg: 'EdDSA';
  @ApiProperty({ enum: ['sig'], enumName: 'JwkUse' }) use: 'sig';
}

export class JwksView {
  @ApiProperty({ type: [JwkView] }) keys: JwkView[];
}
