import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import {
  BELONGINGS_ARRANGEMENTS,
  HOUSING_PLAN_OPTIONS,
  RELEASE_TASK_KINDS,
  type HousingPlanView,
  type ReleaseTaskView,
  type UnitReleaseTaskView,
} from '@app/domain';
import { IsCalendarDate } from '../common/is-calendar-date.js';

const PARTIES = ['probation', 'landlord', 'municipality'];
const TASK_PARTIES = ['probation', 'municipality'];
const TASK_STATES = ['done', 'undated', 'not_yet_open', 'open', 'due_soon', 'overdue', 'escalated', 'closed'];
const TASK_BASES = [
  'arrival',
  'arrival_release_unknown',
  'parole',
  'expected_release',
  'arrival_release_near',
  'unknown',
];
const NOT_APPLICABLE = ['remand', 'sentence_unknown', 'sentence_under_four_months', 'facts_invalid'];

/** One decision on the home during the absence; only the chosen option's fields are read. */
export class DecideHousingPlanDto {
  @ApiProperty({
    enum: HOUSING_PLAN_OPTIONS,
    description:
      'keep_own_means: rent from own means; municipality_pays: a reasonable housing cost (the municipality or the probation officer only); sublet: the whole home, up to 2 years, with the landlord’s consent; give_up: notice, lease end, belongings',
  })
  @IsIn([...HOUSING_PLAN_OPTIONS])
  option: string;

  @ApiProperty({ format: 'date', description: 'The day it was decided: not in the future' })
  @IsCalendarDate()
  decidedOn: string;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description:
      'municipality_pays: the municipality’s examination whether subletting is possible (true/false; null or absent: not examined). Required for a sentence expected over 6 months.',
  })
  @IsOptional()
  @IsBoolean()
  subletPossible?: boolean | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'sublet: the first day' })
  @IsOptional()
  @IsCalendarDate()
  subletFromOn?: string | null;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    type: String,
    description: 'sublet: the last day (inclusive)',
  })
  @IsOptional()
  @IsCalendarDate()
  subletToOn?: string | null;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    type: String,
    description: 'sublet: the day the landlord consented (on or before the first day)',
  })
  @IsOptional()
  @IsCalendarDate()
  landlordConsentOn?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'give_up: the day of the notice' })
  @IsOptional()
  @IsCalendarDate()
  noticeOn?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'give_up: the day the lease ends' })
  @IsOptional()
  @IsCalendarDate()
  leaseEndsOn?: string | null;

  @ApiPropertyOptional({
    enum: BELONGINGS_ARRANGEMENTS,
    nullable: true,
    type: String,
    description: 'give_up: storage, network (family takes them) or disposed',
  })
  @IsOptional()
  @IsIn([...BELONGINGS_ARRANGEMENTS])
  belongings?: string | null;
}

export class PersonRefResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class HousingPlanResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) episodeId: string;
  @ApiProperty({
    enum: ['full', 'recipient'],
    description:
      'full: the probation officer (every decision, every field); recipient: the landlord or the municipality named by the consent sees the plan in force only, without who decided and without the municipality’s examination (subletPossible null)',
  })
  view: string;
  @ApiProperty({ description: 'The latest decision: the plan in force' }) inForce: boolean;
  @ApiProperty({ enum: HOUSING_PLAN_OPTIONS }) option: string;
  @ApiProperty({ format: 'date' }) decidedOn: string;
  @ApiProperty({ enum: PARTIES }) decidedByParty: string;
  @ApiProperty({ type: PersonRefResponse, nullable: true }) decidedBy: PersonRefResponse | null;
  @ApiProperty({ type: Boolean, nullable: true }) subletPossible: boolean | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) subletFromOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) subletToOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) landlordConsentOn: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'sublet: the reminder that it ends, 30 days before its last day (a business day on or before)',
  })
  subletReminderOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) noticeOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) leaseEndsOn: string | null;
  @ApiProperty({ type: String, enum: BELONGINGS_ARRANGEMENTS, nullable: true }) belongings: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;

  static from(p: HousingPlanView): HousingPlanResponse {
    return { ...p };
  }
}

export class HousingPlanListResponse {
  @ApiProperty({ type: [HousingPlanResponse], description: 'The plan in force first' }) items: HousingPlanResponse[];
}

export class ReleaseTaskResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) episodeId: string;
  @ApiProperty({ enum: RELEASE_TASK_KINDS }) kind: string;
  @ApiProperty({ enum: TASK_PARTIES, description: 'The party that must do it' }) responsible: string;
  @ApiProperty({ type: String, enum: TASK_PARTIES, nullable: true, description: 'Who takes part' }) with: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) opensOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'No later than (a business day)' })
  dueOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) remindOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) escalateOn: string | null;
  @ApiProperty({ enum: TASK_BASES }) basis: string;
  @ApiProperty({
    enum: TASK_STATES,
    description: 'On today (Copenhagen); closed: not done when the episode closed',
  })
  state: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) completedOn: string | null;
  @ApiProperty({ type: PersonRefResponse, nullable: true }) completedBy: PersonRefResponse | null;

  static from(t: ReleaseTaskView): ReleaseTaskResponse {
    return {
      id: t.id,
      episodeId: t.episodeId,
      kind: t.kind,
      responsible: t.responsible,
      with: t.with,
      opensOn: t.opensOn,
      dueOn: t.dueOn,
      remindOn: t.remindOn,
      escalateOn: t.escalateOn,
      basis: t.basis,
      state: t.state,
      completedOn: t.completedOn,
      completedBy: t.completedBy,
    };
  }
}

export class EpisodeReleaseTasksResponse {
  @ApiProperty({ format: 'uuid' }) episodeId: string;
  @ApiProperty({ description: 'Whether the Køreplan applies (a sentence of 4 months or more)' }) applies: boolean;
  @ApiProperty({ type: String, enum: NOT_APPLICABLE, nullable: true }) notApplicableReason: string | null;
  @ApiProperty({ type: [ReleaseTaskResponse], description: 'In the Køreplan’s order' }) items: ReleaseTaskResponse[];
}

export class UnitReleaseTaskResponse extends ReleaseTaskResponse {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() personName: string;

  static fromUnit(t: UnitReleaseTaskView): UnitReleaseTaskResponse {
    return { ...ReleaseTaskResponse.from(t), personId: t.personId, personName: t.personName };
  }
}

export class UnitReleaseTaskListResponse {
  @ApiProperty({
    type: [UnitReleaseTaskResponse],
    description: 'Overdue first (longest overdue first), then by due day',
  })
  items: UnitReleaseTaskResponse[];
}

export class CompleteReleaseTaskDto {
  @ApiProperty({ format: 'date', description: 'The day it was done: not in the future, not before the custody began' })
  @IsCalendarDate()
  completedOn: string;
}

export class UnitReleaseTaskQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only the overdue tasks' })
  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: string;
}
