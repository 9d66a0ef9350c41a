import type { FindOrganisationsResponse } from '@linkage/contracts';
import { newId, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import type { CreateOrganisationDto, ListOrganisationsQuery } from './organisation.dto';
import { Organisation } from './organisation.entity';
import { OrganisationError } from './organisation.error';
import { OrganisationRepository } from './organisation.repository';

@Injectable()
export class OrganisationService {
  constructor(private readonly organisations: OrganisationRepository) {}

  async create(input: CreateOrganisationDto): Promise<Organisation> {
    const organisation = Object.assign(new Organisation(), {
      id: newId(),
      name: input.name,
      kind: input.kind,
      district: input.district ?? null,
      address: input.address ?? null,
      contactName: input.contactName ?? null,
      contactPhone: input.contactPhone ?? null,
      contactEmail: input.contactEmail ?? null,
    });
    const saved = await this.organisations.insert(organisation);
    if (saved === 'duplicate') {
      throw new OrganisationError(
        'ORGANISATION_NAME_TAKEN',
        `An organisation named "${input.name}" already exists.`,
        {
          name: input.name,
        },
      );
    }
    return saved;
  }

  async get(id: string): Promise<Organisation> {
    const organisation = await this.organisations.findById(id);
    if (!organisation)
      throw new OrganisationError('ORGANISATION_NOT_FOUND', `No organisation with id ${id}.`);
    return organisation;
  }

  list(query: ListOrganisationsQuery): Promise<Page<Organisation>> {
    return this.organisations.list(query);
  }

  async findMany(ids: string[]): Promise<FindOrganisationsResponse> {
    const unique = [...new Set(ids)];
    const found = await this.organisations.findByIds(unique);
    const foundIds = new Set(found.map((o) => o.id));
    return {
      found: found.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
      missing: unique.filter((id) => !foundIds.has(id)),
    };
  }
}
