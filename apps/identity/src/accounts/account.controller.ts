import { Roles } from '@linkage/auth';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiErrors } from '@linkage/errors';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IDENTITY_ROLES } from '../access/identity.access';
import { AccountPage, AccountView, ChangeRolesDto, ListAccountsQuery } from './account.dto';
import { AccountError } from './account.error';
import { AccountService } from './account.service';

@ApiTags('accounts')
@ApiBearerAuth('bearer')
@Controller('accounts')
export class AccountController {
  constructor(private readonly accounts: AccountService) {}

  @Get()
  @Roles(...IDENTITY_ROLES['account.read'])
  @ApiOperation({ summary: 'List accounts, newest first, by role or by part of the name, email or mobile' })
  @ApiOkResponse({ type: AccountPage })
  async list(@Query() query: ListAccountsQuery): Promise<AccountPage> {
    const page = await this.accounts.list(query);
    return { items: page.items.map((a) => AccountView.of(a)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(...IDENTITY_ROLES['account.read'])
  @ApiOperation({ summary: 'One account' })
  @ApiOkResponse({ type: AccountView })
  @ApiErrors(AccountError, 'ACCOUNT_NOT_FOUND')
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<AccountView> {
    return AccountView.of(await this.accounts.get(id));
  }

  @Patch(':id/roles')
  @Roles(...IDENTITY_ROLES['account.manage'])
  @ApiOperation({ summary: 'Replace an account’s roles and bindings (audited as account.roles_changed)' })
  @ApiOkResponse({ type: AccountView })
  // LAST_ADMIN: the last active admin cannot lose the role.
  @ApiErrors(AccountError, 'ACCOUNT_NOT_FOUND', 'LAST_ADMIN', 'ORGANISATION_REQUIRED', 'VOLUNTEER_REQUIRED')
  async changeRoles(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ChangeRolesDto,
  ): Promise<AccountView> {
    return AccountView.of(await this.accounts.changeRoles(id, body));
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Roles(...IDENTITY_ROLES['account.manage'])
  @ApiOperation({ summary: 'Deactivate an account: no sign-in or refresh; its refresh tokens are revoked' })
  @ApiOkResponse({ type: AccountView })
  @ApiErrors(AccountError, 'ACCOUNT_NOT_FOUND', 'LAST_ADMIN')
  async deactivate(@Param('id', new ParseUUIDPipe()) id: string): Promise<AccountView> {
    return AccountView.of(await this.accounts.setActive(id, false));
  }

  @Post(':id/activate')
  @HttpCode(200)
  @Roles(...IDENTITY_ROLES['account.manage'])
  @ApiOperation({ summary: 'Reactivate an account' })
  @ApiOkResponse({ type: AccountView })
  @ApiErrors(AccountError, 'ACCOUNT_NOT_FOUND')
  async activate(@Param('id', new ParseUUIDPipe()) id: string): Promise<AccountView> {
    return AccountView.of(await this.accounts.setActive(id, true));
  }
}
