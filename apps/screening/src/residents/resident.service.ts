import { AuditLog, type Principal } from '@linkage/auth';
import { duplicateKeyOf, newId, Transactions, type Page } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { ScreeningAccess } from '../access/screening.access';
import type { CampaignPlan } from '../campaigns/campaign-directory';
import type { ReadPurpose } from './access-reason';
import { checkConsentTimes, consentRow } from './consent-input';
import { RegistrationPlace } from './registration-place';
import { checkIdNumber } from './resident-identity';
import { ResidentFields } from './resident-fields';
import { residentView, summaryView } from './resident-views';
import type {
  ListResidentsQuery,
  RegisterResidentDto,
  ResidentSummaryView,
  ResidentView,
} from './resident.dto';
import { Resident } from './resident.entity';
import { residentNotFound } from './resident-not-found';
import { ResidentError } from './resident.error';
import { ResidentRepository, type DuplicateMatch } from './resident.repository';

/** Registering residents and reading them: every read and write is audited. */
@Injectable()
export class ResidentService {
  constructor(
    private readonly residents: ResidentRepository,
    private readonly fields: ResidentFields,
    private readonly place: RegistrationPlace,
    private readonly access: ScreeningAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async register(
    principal: Principal,
    input: RegisterResidentDto,
    purpose: ReadPurpose,
  ): Promise<ResidentView> {
    const { plan, sessionId } = await this.place.of(principal, input);
    checkCampaign(plan, input);
    const idNumber = this.idNumberOf(input);
    const consents = input.consents ?? [];
    checkConsentTimes(consents, 'consents');

    const id = newId();
    const open = {
      idNumber,
      phone: input.phone ?? null,
      address: input.address ?? null,
      informantPhone: input.informant?.phone ?? null,
    };
    const sealed = this.fields.seal(id, input, open);
    const duplicate = await this.residents.findDuplicate(
      input.campaignId,
      sealed.idNumberHash,
      sealed.personHash,
    );
    if (duplicate) throw duplicateError(duplicate);

    const now = new Date();
    const resident = Object.assign(new Resident(), {
      id,
      campaignId: input.campaignId,
      sessionId,
      name: input.name,
      sex: input.sex,
      birthDate: input.birthDate,
      community: input.community,
      educationLevel: input.education?.level ?? null,
      educationYears: input.education?.years ?? null,
      ...sealed,
      informantName: input.informant?.name ?? null,
      informantRelation: input.informant?.relation ?? null,
      registeredBy: principal.accountId,
    });
    const consentRows = consents.map((c) => consentRow(id, c, principal, now));
    try {
      await this.transactions.run(async (tx) => {
        await this.residents.insert(tx, resident, consentRows);
        await this.audit.record(
          {
            action: 'resident.registered',
            recordType: 'resident',
            recordId: id,
            outcome: 'allowed',
            details: {
              endpoint: purpose.endpoint,
              campaignId: input.campaignId,
              sessionId,
              consents: consents.map((c) => c.kind),
            },
          },
          tx,
        );
      });
    } catch (error) {
      // A registration of the same person that committed between the check above and this insert.
      if (duplicateKeyOf(error) === null) throw error;
      const raced = await this.residents.findDuplicate(
        input.campaignId,
        sealed.idNumberHash,
        sealed.personHash,
      );
      if (!raced) throw error;
      throw duplicateError(raced);
    }
    const saved = await this.residents.findById(await this.access.scope(principal, 'resident.create'), id);
    return residentView(saved ?? resident, open, await this.residents.consentsOf(id));
  }

  /** One resident with the decrypted fields and consents; audited with the reason given. */
  async get(principal: Principal, id: string, purpose: ReadPurpose): Promise<ResidentView> {
    const resident =
      (await this.residents.findById(await this.access.scope(principal, 'resident.read'), id)) ??
      (await this.notFound(id));
    const view = residentView(resident, this.fields.open(resident), await this.residents.consentsOf(id));
    await this.audit.record({
      action: 'resident.read',
      recordType: 'resident',
      recordId: id,
      outcome: 'allowed',
      details: { ...purpose },
    });
    return view;
  }

  /** A campaign's residents, without their encrypted fields; the list read is audited with who was listed. */
  async list(
    principal: Principal,
    query: ListResidentsQuery,
    purpose: ReadPurpose,
  ): Promise<Page<ResidentSummaryView>> {
    const page = await this.residents.list(await this.access.scope(principal, 'resident.read'), query);
    await this.audit.record({
      action: 'resident.listed',
      recordType: 'resident',
      outcome: 'allowed',
      details: { ...purpose, campaignId: query.campaignId, residentIds: page.items.map((r) => r.id) },
    });
    return { items: page.items.map(summaryView), nextCursor: page.nextCursor };
  }

  private idNumberOf(input: RegisterResidentDto): string | null {
    if (input.idNumber === undefined || input.idNumber === '') return null;
    const check = checkIdNumber(input.idNumber, input.birthDate, input.sex);
    if (!check.ok) {
      throw new ResidentError(
        'RESIDENT_ID_NUMBER_INVALID',
        'The ID number does not agree with itself or with the birth date and sex given.',
        check.errors,
      );
    }
    return check.normalised;
  }

  private notFound(id: string): Promise<never> {
    return residentNotFound(this.audit, this.residents, 'resident.read', id);
  }
}

function checkCampaign(plan: CampaignPlan | null, input: RegisterResidentDto): asserts plan is CampaignPlan {
  if (!plan) {
    throw new ResidentError(
      'RESIDENT_CAMPAIGN_UNKNOWN',
      `No campaign with id ${input.campaignId} to register residents in.`,
    );
  }
  if (plan.status === 'completed' || plan.status === 'cancelled') {
    throw new ResidentError(
      'RESIDENT_CAMPAIGN_CLOSED',
      `The campaign is ${plan.status}: it takes no new residents.`,
    );
  }
  if (plan.communities.length > 0 && !plan.communities.includes(input.community)) {
    throw new ResidentError(
      'RESIDENT_COMMUNITY_NOT_IN_CAMPAIGN',
      `${input.community} is not one of the campaign’s communities.`,
      { communities: plan.communities },
    );
  }
}

function duplicateError(match: DuplicateMatch): ResidentError {
  const by = match.matchedBy === 'id_number' ? 'same ID number' : 'same name, birth date and community';
  return new ResidentError(
    'RESIDENT_DUPLICATE',
    `This resident is already registered in the campaign (${by}).`,
    match,
  );
}
