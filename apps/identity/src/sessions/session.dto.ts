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
  @ApiProperty({ description: 'The refresh token from the last sign-in or refresh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken: string;
}

export class TokenResponse {
  @ApiProperty({ description: 'JWT (EdDSA) for Authorization: Bearer …' }) accessToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ example: 900, description: 'Seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({ description: 'Opaque, single use: trade it at /api/auth/refresh for a new pair' })
  refreshToken: string;
}

export class JwkView {
  @ApiProperty({ enum: ['OKP'] }) kty: 'OKP';
  @ApiProperty({ enum: ['Ed25519'] }) crv: 'Ed25519';
  @ApiProperty({ description: 'The public key (base64url)' }) x: string;
  @ApiProperty() kid: string;
  @ApiProperty({ enum: ['EdDSA'] }) alg: 'EdDSA';
  @ApiProperty({ enum: ['sig'] }) use: 'sig';
}

export class JwksView {
  @ApiProperty({ type: [JwkView] }) keys: JwkView[];
}
