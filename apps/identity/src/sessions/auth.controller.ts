import { CurrentPrincipal, Public, type Principal } from '@linkage/auth';
import { Body, Controller, Get, Header, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiErrors } from '@linkage/errors';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AccountError } from '../accounts/account.error';
import { AccountView } from '../accounts/account.dto';
import { AccountService } from '../accounts/account.service';
import { SigningKeyRing } from '../keys/signing-key-ring';
import { JwksView, LoginDto, RefreshTokenDto, TokenResponse } from './session.dto';
import { SessionError } from './session.error';
import { LoginService } from './login.service';
import { TokenService } from './token.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly logins: LoginService,
    private readonly tokens: TokenService,
    private readonly accounts: AccountService,
    private readonly keys: SigningKeyRing,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with an email or mobile number and a password' })
  @ApiOkResponse({ type: TokenResponse })
  // INVALID_CREDENTIALS also for an unknown login; LOGIN_THROTTLED comes with Retry-After.
  @ApiErrors(SessionError, 'INVALID_CREDENTIALS', 'ACCOUNT_DEACTIVATED', 'LOGIN_THROTTLED')
  login(@Body() body: LoginDto, @Ip() ip: string): Promise<TokenResponse> {
    return this.logins.login(body, ip);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade a refresh token for a new access token and refresh token' })
  @ApiOkResponse({ type: TokenResponse })
  // REFRESH_TOKEN_REUSED also revokes the token's whole family.
  @ApiErrors(
    SessionError,
    'REFRESH_TOKEN_INVALID',
    'REFRESH_TOKEN_EXPIRED',
    'REFRESH_TOKEN_REUSED',
    'ACCOUNT_DEACTIVATED',
  )
  refresh(@Body() body: RefreshTokenDto): Promise<TokenResponse> {
    return this.tokens.rotate(body.refreshToken);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: revoke the refresh token and every token of its family' })
  @ApiNoContentResponse({ description: 'Signed out (also when the token was unknown)' })
  async logout(@Body() body: RefreshTokenDto): Promise<void> {
    await this.tokens.revoke(body.refreshToken);
  }

  @Get('me')
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: 'The signed-in account' })
  @ApiOkResponse({ type: AccountView })
  @ApiErrors(AccountError, 'ACCOUNT_NOT_FOUND')
  async me(@CurrentPrincipal() principal: Principal): Promise<AccountView> {
    return AccountView.of(await this.accounts.get(principal.accountId));
  }

  /** Other services fetch this from IDENTITY_URL + JWKS_PATH (@linkage/auth); the tests pin the two together. */
  @Get('jwks')
  @Public()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'The public keys access tokens are signed with (JWKS)' })
  @ApiOkResponse({ type: JwksView })
  jwks(): JwksView {
    return this.keys.jwks();
  }
}
