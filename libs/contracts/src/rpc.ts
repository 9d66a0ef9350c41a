import type { BackendServiceName } from '@linkage/config';
import type {
  CreatedPartnerInvitation,
  CreatePartnerInvitationRequest,
  FindInvitationsRequest,
  FindInvitationsResponse,
} from './identity/partner-invitations.rpc';
import type { FindOrganisationsRequest, FindOrganisationsResponse } from './partners/find-organisations.rpc';

/**
 * Request-reply subjects (core NATS). They live under `rpc.` so that no JetStream stream (which holds
 * `<context>.>` events) ever captures a request and answers it with a publish ack.
 */
export const RpcSubject = {
  partnersFindOrganisations: 'rpc.partners.organisations.find.v1',
  identityCreatePartnerInvitation: 'rpc.identity.partner-invitations.create.v1',
  identityFindInvitations: 'rpc.identity.invitations.find.v1',
} as const;
export type RpcSubject = (typeof RpcSubject)[keyof typeof RpcSubject];

/** Ties every subject to the service that answers it and to its request and response types. */
export interface RpcContracts {
  [RpcSubject.partnersFindOrganisations]: {
    service: 'partners';
    request: FindOrganisationsRequest;
    response: FindOrganisationsResponse;
  };
  [RpcSubject.identityCreatePartnerInvitation]: {
    service: 'identity';
    request: CreatePartnerInvitationRequest;
    response: CreatedPartnerInvitation;
  };
  [RpcSubject.identityFindInvitations]: {
    service: 'identity';
    request: FindInvitationsRequest;
    response: FindInvitationsResponse;
  };
}

export type RpcRequest<S extends RpcSubject> = RpcContracts[S]['request'];
export type RpcResponse<S extends RpcSubject> = RpcContracts[S]['response'];

export const RPC_RESPONDER: { [S in RpcSubject]: RpcContracts[S]['service'] & BackendServiceName } = {
  [RpcSubject.partnersFindOrganisations]: 'partners',
  [RpcSubject.identityCreatePartnerInvitation]: 'identity',
  [RpcSubject.identityFindInvitations]: 'identity',
};
