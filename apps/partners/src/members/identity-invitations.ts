import { RpcSubject, type CreatedPartnerInvitation } from '@linkage/contracts';
import { RpcClient } from '@linkage/messaging';
import { Injectable } from '@nestjs/common';

/** Identity's side of membership: it issues the partner invitation and knows when it was accepted. */
@Injectable()
export class IdentityInvitations {
  constructor(private readonly rpc: RpcClient) {}

  invite(request: {
    organisationId: string;
    email: string;
    displayName: string;
    invitedBy: string;
  }): Promise<CreatedPartnerInvitation> {
    return this.rpc.send(RpcSubject.identityCreatePartnerInvitation, request);
  }

  /** The accounts that accepted these invitations (those not accepted yet are left out). */
  async accepted(invitationIds: string[]): Promise<{ invitationId: string; accountId: string }[]> {
    if (invitationIds.length === 0) return [];
    const { found } = await this.rpc.send(RpcSubject.identityFindInvitations, { ids: invitationIds });
    return found.flatMap((i) => (i.accountId ? [{ invitationId: i.id, accountId: i.accountId }] : []));
  }
}
