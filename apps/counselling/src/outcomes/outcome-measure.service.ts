import { AuditLog, type Principal } from '@linkage/auth';
import { newId } from '@linkage/database';
import { Injectable } from '@nestjs/common';
import { CounsellingAccess } from '../access/counselling.access';
import { Memberships } from '../enrolments/memberships';
import { IntakeService } from '../intake/intake.service';
import { ProgrammeDirectory } from '../programmes/programme-directory';
import { answerProblems, evaluate, SURVEY_TEMPLATES, type SurveyDefinition } from '../intake/survey';
import type { RecordMeasureDto } from './outcome.dto';
import { OutcomeMeasure } from './outcome-measure.entity';
import { OutcomeError } from './outcome.error';
import { OutcomeRepository } from './outcome.repository';

/** Pre/post measures: any scored survey, answered at the start and at the end, scored by the intake engine. */
@Injectable()
export class OutcomeMeasureService {
  constructor(
    private readonly measures: OutcomeRepository,
    private readonly memberships: Memberships,
    private readonly intake: IntakeService,
    private readonly programmes: ProgrammeDirectory,
    private readonly access: CounsellingAccess,
    private readonly audit: AuditLog,
  ) {}

  /** A counsellor records a member's answers (or the member their own); the score is the survey's total. */
  async record(principal: Principal, programmeId: string, input: RecordMeasureDto): Promise<OutcomeMeasure> {
    const member = await this.memberships.find(principal, 'outcome.record', programmeId, input.enrolmentId, {
      active: true,
    });
    const survey: SurveyDefinition =
      input.survey === 'intake'
        ? (await this.intake.getSurvey(principal, programmeId)).definition
        : SURVEY_TEMPLATES[input.survey].definition;
    const problems = answerProblems(survey, input.answers);
    if (problems.length > 0) {
      throw new OutcomeError('MEASURE_INVALID', 'Some answers do not fit the survey; see details.', problems);
    }
    const { score } = evaluate(survey, [], input.answers);
    if (score === null) {
      throw new OutcomeError(
        'SURVEY_NOT_SCORED',
        'This survey has no scored question, so it cannot be an outcome measure.',
      );
    }
    const saved = await this.measures.save(
      Object.assign(new OutcomeMeasure(), {
        id: newId(),
        programmeId,
        enrolmentId: member.id,
        accountId: member.accountId,
        instrument: survey.instrument,
        phase: input.phase,
        score,
        lowerIsBetter: survey.lowerIsBetter,
        recordedBy: principal.accountId,
        recordedAt: new Date(),
      }),
    );
    await this.audit.record({
      action: 'outcome.recorded',
      recordType: 'enrolment',
      recordId: member.id,
      outcome: 'allowed',
      details: { instrument: saved.instrument, phase: saved.phase },
    });
    return saved;
  }

  /** Individual scores: the programme's counsellors see every member's, a member their own. */
  async list(principal: Principal, programmeId: string): Promise<OutcomeMeasure[]> {
    await this.programmes.find(principal, 'programme.browse', programmeId);
    return this.measures.list(await this.access.scope(principal, 'member.read'), programmeId);
  }
}
