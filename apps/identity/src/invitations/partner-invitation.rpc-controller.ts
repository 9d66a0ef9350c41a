import {
  CreatePartnerInvitationRequest,
  FindInvitationsRequest,
  RpcSubject,
  type CreatedPartnerInvitation,
  type FindInvitationsResponse,
} from '@linkage/contracts';
import { RequestHandler } from '@linkage/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { InvitationService } from './invitation.service';

/**
 * Invitations other services ask for over NATS: partners invites the members of a partner
 * organisation, and links them to their accounts once they accepted.
 */
@Controller()
export class PartnerInvitationRpcController {
  constructor(private readonly invitations: InvitationService) {}

  @RequestHandler(RpcSubject.identityCreatePartnerInvitation)
  async create(@Payload() request: CreatePartnerInvitationRequest): Promise<CreatedPartnerInvitation> {
    const { invitation, token } = await this.invitations.createForPartner(request);
    return { invitationId: invitation.id, token, expiresAt: invitation.expiresAt.toISOString() };
  }

  @RequestHandler(RpcSubject.identityFindInvitations)
  find(@Payload() request: FindInvitationsRequest): Promise<FindInvitationsResponse> {
    return this.invitations.states(request.ids);
  }
}
