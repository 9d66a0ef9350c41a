import { FindOrganisationsRequest, RpcSubject, type FindOrganisationsResponse } from '@linkage/contracts';
import { RequestHandler } from '@linkage/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { OrganisationService } from './organisation.service';

/** Answers other services' questions about organisations over NATS. */
@Controller()
export class OrganisationRpcController {
  constructor(private readonly organisations: OrganisationService) {}

  @RequestHandler(RpcSubject.partnersFindOrganisations)
  find(@Payload() request: FindOrganisationsRequest): Promise<FindOrganisationsResponse> {
    return this.organisations.findMany(request.ids);
  }
}
