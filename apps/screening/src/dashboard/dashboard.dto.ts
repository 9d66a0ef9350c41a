import { ApiProperty } from '@nestjs/swagger';
import { AGE_BANDS } from '../results/age-band';

export class FigureView {
  @ApiProperty({ type: Number, nullable: true, example: 42, description: 'null when suppressed' })
  value: number | null;
  @ApiProperty({ example: false, description: 'A count of 1–4 hidden from partners' }) suppressed: boolean;
}

export class GroupFiguresView {
  @ApiProperty({
    example: '70_74',
    description: `An age band (${AGE_BANDS.join(', ')}) or a sex (male, female)`,
  })
  group: string;
  @ApiProperty({ type: FigureView }) screened: FigureView;
  @ApiProperty({ type: FigureView }) stage1Positive: FigureView;
  @ApiProperty({ type: FigureView }) stage2Positive: FigureView;
}

export class DashboardFiguresView {
  @ApiProperty({ type: FigureView, description: 'Residents screened at stage 1 (each once)' })
  screened: FigureView;
  @ApiProperty({ type: FigureView }) stage1Positive: FigureView;
  @ApiProperty({ type: Number, nullable: true, example: 0.214 }) stage1PositiveRate: number | null;
  @ApiProperty({ type: FigureView, description: 'Residents re-checked at stage 2' }) stage2Done: FigureView;
  @ApiProperty({ type: FigureView }) stage2Positive: FigureView;
  @ApiProperty({ type: Number, nullable: true, example: 0.5 }) stage2PositiveRate: number | null;
  @ApiProperty({ type: FigureView, description: 'Stage-2 re-checks past their due day' })
  stage2Overdue: FigureView;
  @ApiProperty({ type: FigureView, description: 'Referrals made (one per positive stage 2)' })
  referralsMade: FigureView;
  @ApiProperty({ type: FigureView, description: 'Referrals sent to the hospital’s inbox' })
  referralsSent: FigureView;
  @ApiProperty({
    type: FigureView,
    description: 'Referrals the hospital accepted (including those completed)',
  })
  referralsAccepted: FigureView;
  @ApiProperty({ type: FigureView, description: 'Referrals the hospital declined' })
  referralsDeclined: FigureView;
  @ApiProperty({ type: FigureView, description: 'Referrals waiting (for consent, a hospital or an outcome)' })
  referralsOpen: FigureView;
  @ApiProperty({ type: FigureView, description: 'Sent, no outcome after REFERRAL_OUTCOME_DAYS' })
  referralsOverdue: FigureView;
  @ApiProperty({ type: FigureView }) referralsCompleted: FigureView;
  @ApiProperty({ type: FigureView, description: 'Planned follow-ups due today or missed' })
  followUpsDue: FigureView;
  @ApiProperty({ type: [GroupFiguresView] }) byAgeBand: GroupFiguresView[];
  @ApiProperty({ type: [GroupFiguresView] }) bySex: GroupFiguresView[];
}

export class CommunityDashboardView extends DashboardFiguresView {
  @ApiProperty({ example: '滨海路社区' }) community: string;
  @ApiProperty({ type: Number, nullable: true, example: 120, description: 'The campaign’s target there' })
  target: number | null;
}

export class InstrumentFiguresView {
  @ApiProperty({ example: 1 }) stage: number;
  @ApiProperty({ example: 'AD8' }) instrument: string;
  @ApiProperty({ type: FigureView }) positive: FigureView;
  @ApiProperty({ type: FigureView }) negative: FigureView;
}

export class DashboardView {
  @ApiProperty({ format: 'uuid', example: '0192b7e2-9e5f-7a7b-8c8d-0e1f2a3b4c5d' }) campaignId: string;
  @ApiProperty({ example: false, description: 'Whether counts of 1–4 are hidden (partners)' })
  suppressed: boolean;
  @ApiProperty({ format: 'date-time', example: '2026-11-01T02:00:00.000Z' }) asOf: string;
  @ApiProperty({ type: DashboardFiguresView }) totals: DashboardFiguresView;
  @ApiProperty({ type: [CommunityDashboardView] }) communities: CommunityDashboardView[];
  @ApiProperty({
    type: [InstrumentFiguresView],
    description: 'Results per instrument (a resident may have several)',
  })
  instruments: InstrumentFiguresView[];
}
