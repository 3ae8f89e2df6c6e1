import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { FIXED_EXPENSE_GROUPS, FLEXIBLE_EXPENSE_GROUPS, INCOME_GROUPS, type BudgetView } from '@app/domain';
import { IsCalendarDate } from '../common/is-calendar-date.js';

// Groups, amounts, approvals and the household are checked by assessBudget, so a refusal carries the
// rules' codes (BUDGET_GROUP_UNKNOWN, BUDGET_APPROVAL_MISSING, HOUSEHOLD_CHILD_NOT_BORN, …).

const MAX_LINES = 100;

export class HouseholdDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 20, description: 'Adults, the person counselled included' })
  @IsNumber()
  adults: number;

  @ApiProperty({
    type: [String],
    format: 'date',
    description: "Each child's birth date: the age band is worked out on the budget date",
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  childBirthDates: string[];
}

export class IncomeLineDto {
  @ApiProperty({ enum: INCOME_GROUPS }) @IsString() @MaxLength(60) group: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Per month, after tax, in øre' })
  @IsNumber()
  amountOre: number;
}

export class FixedLineDto {
  @ApiProperty({ enum: FIXED_EXPENSE_GROUPS }) @IsString() @MaxLength(60) group: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Per month, in øre' }) @IsNumber() amountOre: number;
  @ApiProperty({ description: 'Counted in the ability to pay: the advisor accepts the cost as necessary' })
  @IsOptional()
  approved: boolean;
}

export class FlexibleLineDto {
  @ApiProperty({ enum: FLEXIBLE_EXPENSE_GROUPS }) @IsString() @MaxLength(60) group: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Per month, in øre' }) @IsNumber() amountOre: number;
}

export class CreateBudgetDto {
  @ApiProperty({ format: 'date', description: 'The budget date: the standard living amount in force on it is used' })
  @IsCalendarDate()
  budgetOn: string;

  @ApiProperty({ type: HouseholdDto })
  @IsObject()
  @ValidateNested()
  @Type(() => HouseholdDto)
  household: HouseholdDto;

  @ApiProperty({ type: [IncomeLineDto] })
  @IsArray()
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => IncomeLineDto)
  income: IncomeLineDto[];

  @ApiProperty({ type: [FixedLineDto], description: 'Fixed costs, each approved or not for the ability to pay' })
  @IsArray()
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => FixedLineDto)
  fixed: FixedLineDto[];

  @ApiProperty({ type: [FlexibleLineDto], description: 'Flexible costs (in the disposable amount only)' })
  @IsArray()
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => FlexibleLineDto)
  flexible: FlexibleLineDto[];
}

export class BudgetHouseholdResponse {
  @ApiProperty({ type: 'integer' }) adults: number;
  @ApiProperty({ type: [String], format: 'date' }) childBirthDates: string[];
}

export class ChildrenByBandResponse {
  @ApiProperty({ type: 'integer', name: '0_1', description: 'Children aged 0–1 on the budget date' }) '0_1': number;
  @ApiProperty({ type: 'integer', name: '2_6' }) '2_6': number;
  @ApiProperty({ type: 'integer', name: '7_17' }) '7_17': number;
}

export class StandardAmountUsedResponse {
  @ApiProperty({ type: 'integer', description: 'The household’s standard living amount, øre per month' })
  totalOre: number;
  @ApiProperty({ type: 'integer', description: 'Adults counted (children 18 or older count as adults)' })
  adults: number;
  @ApiProperty({ type: ChildrenByBandResponse }) children: ChildrenByBandResponse;
  @ApiProperty({ format: 'date', description: 'The rates used: the row valid from this date' }) ratesValidFrom: string;
}

export class BudgetCalculationResponse {
  @ApiProperty({ type: 'integer' }) incomeOre: number;
  @ApiProperty({ type: 'integer' }) fixedOre: number;
  @ApiProperty({ type: 'integer' }) approvedFixedOre: number;
  @ApiProperty({ type: 'integer' }) flexibleOre: number;
  @ApiProperty({ type: 'integer', description: 'Income − every expense; may be negative' }) disposableOre: number;
  @ApiProperty({ type: 'integer' }) standardLivingAmountOre: number;
  @ApiProperty({
    type: 'integer',
    description:
      'Ability to pay (betalingsevne) = income − approved fixed costs − the standard living amount; may be negative',
  })
  abilityToPayOre: number;
  @ApiProperty({ type: StandardAmountUsedResponse }) standardLivingAmount: StandardAmountUsedResponse;
  @ApiProperty({ description: 'Worked out with an earlier year’s rates: this year’s have not been added' })
  ratesFromEarlierYear: boolean;
}

export class BudgetIncomeLineResponse {
  @ApiProperty({ enum: INCOME_GROUPS }) group: string;
  @ApiProperty({ type: 'integer' }) amountOre: number;
}

export class BudgetFixedLineResponse {
  @ApiProperty({ enum: FIXED_EXPENSE_GROUPS }) group: string;
  @ApiProperty({ type: 'integer' }) amountOre: number;
  @ApiProperty() approved: boolean;
}

export class BudgetFlexibleLineResponse {
  @ApiProperty({ enum: FLEXIBLE_EXPENSE_GROUPS }) group: string;
  @ApiProperty({ type: 'integer' }) amountOre: number;
}

export class BudgetResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) referralId: string;
  @ApiProperty({ format: 'date' }) budgetOn: string;
  @ApiProperty({ type: BudgetHouseholdResponse }) household: BudgetHouseholdResponse;
  @ApiProperty({ type: [BudgetIncomeLineResponse] }) income: BudgetIncomeLineResponse[];
  @ApiProperty({ type: [BudgetFixedLineResponse] }) fixed: BudgetFixedLineResponse[];
  @ApiProperty({ type: [BudgetFlexibleLineResponse] }) flexible: BudgetFlexibleLineResponse[];
  @ApiProperty({ type: BudgetCalculationResponse }) calculation: BudgetCalculationResponse;
  @ApiProperty({ format: 'uuid', description: 'The advisor who made it' }) createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;

  static from(b: BudgetView): BudgetResponse {
    return {
      id: b.id,
      referralId: b.referralId,
      budgetOn: b.budgetOn,
      household: { adults: b.household.adults, childBirthDates: [...b.household.childBirthDates] },
      income: b.lines.income.map((l) => ({ group: l.group, amountOre: l.amountOre })),
      fixed: b.lines.fixed.map((l) => ({ group: l.group, amountOre: l.amountOre, approved: l.approved })),
      flexible: b.lines.flexible.map((l) => ({ group: l.group, amountOre: l.amountOre })),
      calculation: {
        incomeOre: b.calculation.incomeOre,
        fixedOre: b.calculation.fixedOre,
        approvedFixedOre: b.calculation.approvedFixedOre,
        flexibleOre: b.calculation.flexibleOre,
        disposableOre: b.calculation.disposableOre,
        standardLivingAmountOre: b.calculation.standardLivingAmountOre,
        abilityToPayOre: b.calculation.abilityToPayOre,
        standardLivingAmount: {
          totalOre: b.calculation.standardLivingAmount.totalOre,
          adults: b.calculation.standardLivingAmount.adults,
          children: { ...b.calculation.standardLivingAmount.children },
          ratesValidFrom: b.calculation.standardLivingAmount.ratesValidFrom,
        },
        ratesFromEarlierYear: b.calculation.ratesFromEarlierYear,
      },
      createdBy: b.createdBy,
      createdAt: b.createdAt,
    };
  }
}

export class BudgetHistoryResponse {
  @ApiProperty({
    type: [BudgetResponse],
    description:
      'Every budget of the referral, the newest first (by budget date, then when made): the first is the current one',
  })
  items: BudgetResponse[];
}
