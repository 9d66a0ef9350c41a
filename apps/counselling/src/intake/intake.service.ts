import { AuditLog, notFoundOrDenied, type Principal } from '@linkage/auth';
import { newId, Transactions, type Page, type Tx } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { CounsellingAccess, type CounsellingAction } from '../access/counselling.access';
import { ProgrammeDirectory } from '../programmes/programme-directory';
import { Application } from './application.entity';
import type { ApplyDto, DecideDto, ListApplicationsQuery, SetIntakeDto } from './intake.dto';
import type { IntakeSurvey } from './intake-survey.entity';
import { IntakeError } from './intake.error';
import { IntakeRepository } from './intake.repository';
import { answerProblems, evaluate, surveyProblems, SURVEY_TEMPLATES, type EligibilityRule } from './survey';

const DECIDED_STATUS = { accept: 'accepted', waitlist: 'waitlisted', refer: 'referred' } as const;

@Injectable()
export class IntakeService {
  constructor(
    private readonly intake: IntakeRepository,
    private readonly programmes: ProgrammeDirectory,
    private readonly access: CounsellingAccess,
    private readonly audit: AuditLog,
    private readonly transactions: Transactions,
  ) {}

  /** Defines (or redefines) a programme's intake survey, from a template or given in full, and may publish it. */
  async setSurvey(principal: Principal, programmeId: string, input: SetIntakeDto): Promise<IntakeSurvey> {
    await this.programmes.find(principal, 'programme.manage', programmeId);
    const template = input.template ? SURVEY_TEMPLATES[input.template] : undefined;
    const definition = input.definition ?? template?.definition;
    const eligibility = (input.eligibility as EligibilityRule[] | undefined) ?? template?.eligibility ?? [];
    if (!definition) {
      throw new IntakeError('SURVEY_INVALID', 'Give a definition or a template.', [
        { field: 'definition', messages: ['definition is required without a template'] },
      ]);
    }
    const problems = surveyProblems(definition, eligibility);
    if (problems.length > 0)
      throw new IntakeError('SURVEY_INVALID', 'The survey has problems; see details.', problems);
    return this.transactions.run(async (tx) => {
      const saved = await this.intake.saveSurvey(tx, {
        programmeId,
        definition,
        eligibility,
        publishedAt: input.publish ? new Date() : null,
      });
      await this.audit.record(
        {
          action: 'intake.defined',
          recordType: 'programme',
          recordId: programmeId,
          outcome: 'allowed',
          details: { version: saved.version, published: saved.publishedAt !== null },
        },
        tx,
      );
      return saved;
    });
  }

  /** The survey: published, for anyone who may apply; a draft too for those who run the programme. */
  async getSurvey(principal: Principal, programmeId: string): Promise<IntakeSurvey> {
    await this.programmes.find(principal, 'programme.browse', programmeId);
    const survey = await this.intake.survey(programmeId);
    if (
      survey &&
      (survey.publishedAt || (await this.programmes.allows(principal, 'programme.manage', programmeId)))
    )
      return survey;
    throw new IntakeError('INTAKE_NOT_FOUND', 'This programme has no published intake survey.');
  }

  /** A student applies: the answers are checked, scored and judged against the rules at once. */
  async apply(principal: Principal, programmeId: string, input: ApplyDto): Promise<Application> {
    const programme = await this.programmes.find(principal, 'programme.browse', programmeId);
    const survey = await this.intake.survey(programmeId);
    if (programme.status !== 'open' || !survey?.publishedAt) {
      throw new IntakeError('INTAKE_CLOSED', 'The programme is not taking applications.');
    }
    const problems = answerProblems(survey.definition, input.answers);
    if (problems.length > 0) {
      throw new IntakeError('SURVEY_INVALID', 'Some answers do not fit the survey; see details.', problems);
    }
    const result = evaluate(survey.definition, survey.eligibility, input.answers);
    const saved = await this.intake.insertApplication(
      Object.assign(new Application(), {
        id: newId(),
        programmeId,
        accountId: principal.accountId,
        volunteerId: principal.volunteerId,
        displayName: principal.displayName,
        answers: input.answers,
        ...result,
        surveyVersion: survey.version,
        status: 'submitted',
        decisionReason: null,
        decidedBy: null,
        decidedAt: null,
      }),
    );
    if (saved === 'duplicate')
      throw new IntakeError('ALREADY_APPLIED', 'You have already applied to this programme.');
    return saved;
  }

  async own(principal: Principal, programmeId: string): Promise<Application> {
    const found = await this.intake.ownApplication(
      await this.access.scope(principal, 'own.use'),
      programmeId,
    );
    if (found) return found;
    throw new IntakeError('APPLICATION_NOT_FOUND', 'You have not applied to this programme.');
  }

  async queue(
    principal: Principal,
    programmeId: string,
    query: ListApplicationsQuery,
  ): Promise<Page<Application>> {
    await this.programmes.find(principal, 'member.manage', programmeId);
    const scope = await this.access.scope(principal, 'member.manage');
    const page = await this.intake.list(scope, programmeId, query);
    await this.audit.record({
      action: 'application.list',
      recordType: 'programme',
      recordId: programmeId,
      outcome: 'allowed',
      details: { count: page.items.length },
    });
    return page;
  }

  /** Accept, waitlist or refer elsewhere (with a reason); an enrolled or withdrawn application is settled. */
  async decide(
    principal: Principal,
    programmeId: string,
    id: string,
    input: DecideDto,
  ): Promise<Application> {
    if (input.decision === 'refer' && !input.reason) {
      throw new IntakeError('REASON_REQUIRED', 'Referring an applicant elsewhere needs a reason.', [
        { field: 'reason', messages: ['reason is required when referring'] },
      ]);
    }
    await this.programmes.find(principal, 'member.manage', programmeId);
    return this.transactions.run(async (tx) => {
      const application = await this.application(tx, principal, 'member.manage', programmeId, id);
      if (application.status === 'enrolled' || application.status === 'withdrawn') {
        throw new IntakeError(
          'APPLICATION_DECIDED',
          `The application is ${application.status} and can no longer be decided.`,
          {
            status: application.status,
          },
        );
      }
      const decided = await this.intake.setStatus(tx, id, {
        status: DECIDED_STATUS[input.decision],
        decisionReason: input.reason ?? null,
        decidedBy: principal.accountId,
        decidedAt: new Date(),
      });
      await this.audit.record(
        {
          action: `application.${input.decision}`,
          recordType: 'application',
          recordId: id,
          outcome: 'allowed',
        },
        tx,
      );
      return decided;
    });
  }

  /** The application in the caller's scope, locked for the transaction; a 404 (audited when denied) if not. */
  async application(
    tx: Tx,
    principal: Principal,
    action: CounsellingAction,
    programmeId: string,
    id: string,
  ): Promise<Application> {
    const found = await this.intake.findApplication(
      await this.access.scope(principal, action),
      programmeId,
      id,
      tx,
    );
    if (found) return found;
    return notFoundOrDenied(
      this.audit,
      {
        action,
        recordType: 'application',
        recordId: id,
        existsOutsideScope: () => this.intake.applicationExists(id),
      },
      new IntakeError('APPLICATION_NOT_FOUND', `No application with id ${id}.`),
    );
  }

  /** Enrolment settles the application (and withdrawal ends it), in the enrolment's transaction. */
  markApplication(tx: Tx, id: string, status: 'enrolled' | 'withdrawn'): Promise<Application> {
    return this.intake.setStatus(tx, id, { status });
  }
}
