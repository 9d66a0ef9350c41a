import { AuditLog, type Principal } from '@linkage/auth';
import { newId, Transactions } from '@linkage/database';
import { RequestValidationError } from '@linkage/errors';
import { Injectable } from '@nestjs/common';
import { ResidentDirectory } from '../residents/resident-directory';
import { isInTheFuture } from '../residents/device-time';
import { PathwayViews } from './pathway-context';
import { visitDays } from './pathway-rules';
import type { FollowUpPlanDto, RecordFollowUpDto } from './pathway.dto';
import { PathwayError } from './pathway.error';
import { PathwayRepository, type ResidentFacts } from './pathway.repository';
import { FollowUpRepository, type FollowUp } from './follow-up.repository';

/** The follow-up plan (visits at chosen intervals, interventions) and each one done, with who and when. */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly followUps: FollowUpRepository,
    private readonly pathway: PathwayRepository,
    private readonly residents: ResidentDirectory,
    private readonly views: PathwayViews,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  async plan(principal: Principal, residentId: string, input: FollowUpPlanDto): Promise<number> {
    const facts = await this.resident(principal, residentId);
    const now = new Date();
    const planned = (kind: FollowUp['kind'], dueOn: string): FollowUp => ({
      ...this.base(facts, input.referralId ?? null),
      kind,
      status: 'planned',
      dueOn,
      plannedBy: principal.accountId,
      plannedAt: now,
    });
    const items = [
      ...visitDays(input.startsOn, input.visitIntervalsDays).map((day) => planned('visit', day)),
      ...(input.interventions ?? []).map((i) => planned(i.kind, i.dueOn)),
    ];
    await this.transactions.run(async (tx) => {
      await this.followUps.insert(tx, items);
      await this.audit.record(
        {
          action: 'follow-up.planned',
          recordType: 'resident',
          recordId: residentId,
          outcome: 'allowed',
          details: { followUpIds: items.map((i) => i.id) },
        },
        tx,
      );
    });
    return items.length;
  }

  async record(principal: Principal, residentId: string, input: RecordFollowUpDto): Promise<void> {
    const doneAt = new Date(input.doneAt);
    if (isInTheFuture(doneAt))
      throw new RequestValidationError([{ field: 'doneAt', messages: ['doneAt is in the future'] }]);
    const facts = await this.resident(principal, residentId);
    await this.transactions.run(async (tx) => {
      let id: string;
      if (input.followUpId) {
        const planned = await this.followUps.lock(tx, residentId, input.followUpId);
        if (!planned)
          throw new PathwayError(
            'FOLLOW_UP_NOT_FOUND',
            `No planned follow-up with id ${input.followUpId} for this resident.`,
          );
        if (planned.status === 'done')
          throw new PathwayError(
            'FOLLOW_UP_ALREADY_RECORDED',
            `That follow-up was recorded already (${planned.doneAt?.toISOString()}).`,
          );
        id = planned.id;
        await this.followUps.markDone(tx, id, {
          doneAt,
          doneBy: principal.accountId,
          noteEnc: this.views.sealNote(id, input.note ?? null),
        });
      } else {
        if (!input.kind)
          throw new PathwayError(
            'FOLLOW_UP_KIND_REQUIRED',
            'Say what was done (kind) when recording a follow-up that was not planned.',
            [{ field: 'kind', messages: ['kind is required without followUpId'] }],
          );
        const item: FollowUp = {
          ...this.base(facts, null),
          kind: input.kind,
          status: 'done',
          dueOn: null,
          plannedBy: null,
          plannedAt: null,
          doneAt,
          doneBy: principal.accountId,
        };
        item.noteEnc = this.views.sealNote(item.id, input.note ?? null);
        id = item.id;
        await this.followUps.insert(tx, [item]);
      }
      await this.audit.record(
        {
          action: 'follow-up.recorded',
          recordType: 'resident',
          recordId: residentId,
          outcome: 'allowed',
          details: { followUpId: id },
        },
        tx,
      );
    });
  }

  private async resident(principal: Principal, residentId: string): Promise<ResidentFacts> {
    const scope = await this.views.access.scope(principal, 'pathway.manage');
    const facts = (await this.residents.inScope(scope, residentId))
      ? await this.pathway.residentFacts(residentId)
      : null;
    return facts ?? this.residents.notFound('pathway.manage', residentId);
  }

  private base(
    facts: ResidentFacts,
    referralId: string | null,
  ): Omit<FollowUp, 'kind' | 'status' | 'dueOn' | 'plannedBy' | 'plannedAt'> {
    return {
      id: newId(),
      campaignId: facts.campaignId,
      residentId: facts.id,
      community: facts.community,
      referralId,
      doneAt: null,
      doneBy: null,
      noteEnc: null,
    };
  }
}
