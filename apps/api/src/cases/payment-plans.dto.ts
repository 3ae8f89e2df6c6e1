import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { formatDkk } from '@app/common';
import {
  CASE_STAGE_LABELS,
  MAX_PAYMENT_PLAN_BREAK_AFTER_MISSES,
  MAX_PAYMENT_PLAN_GRACE_DAYS,
  PAYMENT_PLAN_FREQUENCIES,
  type PaymentPlanView,
} from '@app/domain';
import { IsCalendarDate } from '../common/is-calendar-date.js';

const MAX_ORE = 1_000_000_000; // 10 million kr
const FREQUENCIES = [...PAYMENT_PLAN_FREQUENCIES];
const STAGES = Object.keys(CASE_STAGE_LABELS);

export class AgreePaymentPlanDto {
  @ApiProperty({ type: 'integer', description: 'The case version you read; a newer one gives 409 STALE_VERSION' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({
    type: 'integer',
    example: 650000,
    description: "The arrears to clear, in øre: the case's balance now (else 409 PAYMENT_PLAN_AMOUNT_NOT_BALANCE)",
  })
  @IsInt()
  @Max(MAX_ORE)
  amountOre: number;

  @ApiProperty({ type: 'integer', example: 100000, description: 'Each instalment, in øre; the last may be smaller' })
  @IsInt()
  @Max(MAX_ORE)
  instalmentOre: number;

  @ApiProperty({
    type: 'integer',
    example: 7,
    description: 'How many instalments (1–60); they must clear the amount (PAYMENT_PLAN_DOES_NOT_CLEAR)',
  })
  @IsInt()
  @Max(10_000)
  instalmentCount: number;

  @ApiPropertyOptional({ enum: FREQUENCIES, default: 'monthly' })
  @IsOptional()
  @IsIn(FREQUENCIES, { message: `frequency must be one of: ${FREQUENCIES.join(', ')}` })
  frequency?: (typeof FREQUENCIES)[number];

  @ApiProperty({ format: 'date', example: '2027-01-01', description: 'Not before agreedOn, and within a year of it' })
  @IsCalendarDate()
  firstDueOn: string;

  @ApiProperty({ format: 'date', example: '2026-12-01', description: 'The day the plan was agreed; not in the future' })
  @IsCalendarDate()
  agreedOn: string;
}

export class EndPaymentPlanDto {
  @ApiProperty({ type: 'integer', description: 'The case version you read; a newer one gives 409 STALE_VERSION' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({
    format: 'date',
    example: '2027-03-10',
    description: 'Not before the plan was agreed, nor in the future',
  })
  @IsCalendarDate()
  on: string;
}

class InstalmentResponse {
  @ApiProperty({ type: 'integer' }) number: number;
  @ApiProperty({ format: 'date', description: "The date the plan names (the month's last day when it is shorter)" })
  nominalDueOn: string;
  @ApiProperty({
    format: 'date',
    description: 'The last day paid on time: the nominal date moved off a non-business day',
  })
  dueOn: string;
  @ApiProperty({ format: 'date', description: 'From this day (after the grace days) an unpaid instalment is missed' })
  expectedFrom: string;
  @ApiProperty({ type: 'integer' }) amountOre: number;
  @ApiProperty({ example: '1000.00' }) amountDkk: string;
}

export class PaymentPlanResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: ['active', 'completed', 'broken'] }) status: string;
  @ApiProperty({ type: 'integer' }) amountOre: number;
  @ApiProperty({ example: '6500.00' }) amountDkk: string;
  @ApiProperty({ type: 'integer' }) instalmentOre: number;
  @ApiProperty({ type: 'integer' }) instalmentCount: number;
  @ApiProperty({ enum: FREQUENCIES }) frequency: string;
  @ApiProperty({ format: 'date' }) firstDueOn: string;
  @ApiProperty({ type: 'integer', description: "The housing organisation's grace days when the plan was agreed" })
  graceDays: number;
  @ApiProperty({ description: 'The current rent must be paid as well (always true)' }) currentRentAlsoDue: boolean;
  @ApiProperty({ format: 'date' }) agreedOn: string;
  @ApiProperty({ format: 'uuid' }) agreedBy: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) completedOn: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) brokenOn: string | null;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ type: [InstalmentResponse] }) instalments: InstalmentResponse[];
  @ApiProperty({ enum: STAGES }) caseStage: string;
  @ApiProperty({ type: 'integer', description: 'The case version, for the next step' }) caseVersion: number;
  @ApiProperty({ type: 'integer', description: "The case's balance now" }) balanceOre: number;
  @ApiProperty({
    type: 'integer',
    description:
      'The highest balance the plan allows today: the amount less every instalment past its grace days (0 once ended)',
  })
  expectedBalanceOre: number;

  static from(plan: PaymentPlanView): PaymentPlanResponse {
    return {
      id: plan.id,
      caseId: plan.caseId,
      status: plan.status,
      amountOre: plan.amountOre,
      amountDkk: formatDkk(plan.amountOre),
      instalmentOre: plan.instalmentOre,
      instalmentCount: plan.instalmentCount,
      frequency: plan.frequency,
      firstDueOn: plan.firstDueOn,
      graceDays: plan.graceDays,
      currentRentAlsoDue: plan.currentRentAlsoDue,
      agreedOn: plan.agreedOn,
      agreedBy: plan.agreedBy,
      completedOn: plan.completedOn,
      brokenOn: plan.brokenOn,
      version: plan.version,
      instalments: plan.instalments.map((i) => ({
        number: i.number,
        nominalDueOn: i.nominalDueOn,
        dueOn: i.dueOn,
        expectedFrom: i.expectedFrom,
        amountOre: i.amountOre,
        amountDkk: formatDkk(i.amountOre),
      })),
      caseStage: plan.caseStage,
      caseVersion: plan.caseVersion,
      balanceOre: plan.balanceOre,
      expectedBalanceOre: plan.expectedBalanceOre,
    };
  }
}

/** A housing organisation's payment-plan settings. */
export class PaymentPlanSettingsDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    maximum: MAX_PAYMENT_PLAN_GRACE_DAYS,
    example: 5,
    description:
      'Calendar days after an instalment falls due before an unpaid one counts as missed (plans agreed from now on)',
  })
  @IsInt()
  @Min(0)
  @Max(MAX_PAYMENT_PLAN_GRACE_DAYS)
  graceDays: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAYMENT_PLAN_BREAK_AFTER_MISSES,
    example: 2,
    description: 'Missed instalments that break a running plan automatically (from its next check)',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAYMENT_PLAN_BREAK_AFTER_MISSES)
  breakAfterMisses: number;
}

export class PaymentPlanSettingsResponse {
  @ApiProperty({ format: 'uuid' }) housingOrganisationId: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_PAYMENT_PLAN_GRACE_DAYS }) graceDays: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_PAYMENT_PLAN_BREAK_AFTER_MISSES }) breakAfterMisses: number;
}
