import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';

/**
 * Partners asks identity to invite a member of a partner organisation: an invitation to an account
 * with the `partner` role bound to that organisation. Partners has decided that the caller may (a
 * coordinator, or the organisation's manager); identity checks only that the address is free.
 */
export class CreatePartnerInvitationRequest {
  @IsUUID()
  organisationId: string;

  @IsEmail()
  @MaxLength(254)
  email: string;

  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName: string;

  /** The account that asked for it in partners (recorded as the inviter). */
  @IsOptional()
  @IsUUID()
  invitedBy: string | null;
}

export interface CreatedPartnerInvitation {
  invitationId: string;
  /** The one-time token, returned only here: the portal's link is `/invite?token=<token>`. */
  token: string;
  expiresAt: string;
}

/** Which of these invitations were accepted, and by which account (partners links its members so). */
export class FindInvitationsRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids: string[];
}

export interface InvitationState {
  id: string;
  /** The account its acceptance created; null while not accepted. */
  accountId: string | null;
  acceptedAt: string | null;
  expiresAt: string;
}

export interface FindInvitationsResponse {
  found: InvitationState[];
}
