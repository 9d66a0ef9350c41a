import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';

/** Which of these organisations exist? Screening asks before a campaign names them as partners. */
export class FindOrganisationsRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids: string[];
}

export interface OrganisationSummary {
  id: string;
  name: string;
  kind: string;
}

export interface FindOrganisationsResponse {
  found: OrganisationSummary[];
  missing: string[];
}
