import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import {
  DEBT_KINDS,
  DEBT_LIMITS,
  DEBT_STATUSES,
  type DebtOverviewLineView,
  type DebtOverviewView,
  type DebtView,
} from '@app/domain';

// Kind, status, creditor and amounts are checked by the debt rules (validateDebtLine), so a refusal
// carries their stable codes (DEBT_KIND_UNKNOWN, DEBT_RENT_ARREARS_FROM_LEDGER, …).

const TYPED_KINDS = DEBT_KINDS.filter((kind) => kind !== 'rent_arrears');

export class CreateDebtDto {
  @ApiProperty({ maxLength: DEBT_LIMITS.maxCreditorLength, description: 'Who the debt is owed to' })
  @IsString()
  @MaxLength(1000)
  creditor: string;

  @ApiProperty({
    enum: TYPED_KINDS,
    description: "Any kind but rent_arrears: the rent arrears are the case's ledger balance, read live",
  })
  @IsString()
  @MaxLength(60)
  kind: string;

  @ApiProperty({ enum: DEBT_STATUSES }) @IsString() @MaxLength(60) status: string;

  @ApiPropertyOptional({
    description:
      'Public debt under enforcement (lønindeholdelse, udlæg): makes it a priority debt. Only on public debt',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  underEnforcement?: boolean;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'What is owed, in øre' })
  @IsNumber()
  amountOwedOre: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'What is paid on it each month, in øre (0 when nothing)' })
  @IsNumber()
  monthlyPaymentOre: number;
}

export class UpdateDebtDto {
  @ApiProperty({ type: 'integer', description: 'The debt version you read; another gives 409 STALE_VERSION' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiPropertyOptional({ maxLength: DEBT_LIMITS.maxCreditorLength })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  creditor?: string;

  @ApiPropertyOptional({ enum: TYPED_KINDS }) @IsOptional() @IsString() @MaxLength(60) kind?: string;

  @ApiPropertyOptional({ enum: DEBT_STATUSES, description: 'written_off keeps the debt listed but no longer counted' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  status?: string;

  @ApiPropertyOptional({ description: 'Only on public debt; cleared when the kind moves off public debt' })
  @IsOptional()
  @IsBoolean()
  underEnforcement?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 0 }) @IsOptional() @IsNumber() amountOwedOre?: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 0 }) @IsOptional() @IsNumber() monthlyPaymentOre?: number;
}

export class DeleteDebtQuery {
  @ApiProperty({ type: 'integer', description: 'The debt version you read; another gives 409 STALE_VERSION' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}

export class DebtResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) referralId: string;
  @ApiProperty() creditor: string;
  @ApiProperty({ enum: TYPED_KINDS }) kind: string;
  @ApiProperty({ enum: DEBT_STATUSES }) status: string;
  @ApiProperty() underEnforcement: boolean;
  @ApiProperty({ type: 'integer' }) amountOwedOre: number;
  @ApiProperty({ type: 'integer' }) monthlyPaymentOre: number;
  @ApiProperty({ description: 'Not paying it can cost the home or liberty (the debt rules)' }) priority: boolean;
  @ApiProperty({ type: 'integer', description: 'Send it back with a change or a delete' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;

  static from(d: DebtView): DebtResponse {
    return {
      id: d.id,
      referralId: d.referralId,
      creditor: d.creditor,
      kind: d.kind,
      status: d.status,
      underEnforcement: d.underEnforcement,
      amountOwedOre: d.amountOwedOre,
      monthlyPaymentOre: d.monthlyPaymentOre,
      priority: d.priority,
      version: d.version,
      createdAt: d.createdAt,
    };
  }
}

export class DebtOverviewLineResponse {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null for the ledger’s rent-arrears line' })
  id: string | null;
  @ApiProperty() creditor: string;
  @ApiProperty({ enum: DEBT_KINDS }) kind: string;
  @ApiProperty({ enum: DEBT_STATUSES }) status: string;
  @ApiProperty() underEnforcement: boolean;
  @ApiProperty({ type: 'integer' }) amountOwedOre: number;
  @ApiProperty({ type: 'integer' }) monthlyPaymentOre: number;
  @ApiProperty() priority: boolean;
  @ApiProperty({ description: "The rent arrears: the case's ledger balance now, never typed in" }) fromLedger: boolean;
  @ApiProperty({ description: 'False for a written-off debt: listed, not counted in the totals' }) counted: boolean;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Null for the ledger line' }) version: number | null;

  static from(l: DebtOverviewLineView): DebtOverviewLineResponse {
    return {
      id: l.id,
      creditor: l.creditor,
      kind: l.kind,
      status: l.status,
      underEnforcement: l.underEnforcement ?? false,
      amountOwedOre: l.amountOwedOre,
      monthlyPaymentOre: l.monthlyPaymentOre,
      priority: l.priority,
      fromLedger: l.fromLedger,
      counted: l.counted,
      version: l.version,
    };
  }
}

export class DebtTotalsResponse {
  @ApiProperty({ type: 'integer' }) amountOwedOre: number;
  @ApiProperty({ type: 'integer' }) monthlyPaymentOre: number;
}

export class DebtOverviewResponse {
  @ApiProperty({
    type: [DebtOverviewLineResponse],
    description: 'Priority debts first, then by kind, then the largest first; the rent arrears from the ledger',
  })
  lines: DebtOverviewLineResponse[];
  @ApiProperty({ type: DebtTotalsResponse }) priority: DebtTotalsResponse;
  @ApiProperty({ type: DebtTotalsResponse }) nonPriority: DebtTotalsResponse;
  @ApiProperty({ type: DebtTotalsResponse }) total: DebtTotalsResponse;

  static from(o: DebtOverviewView): DebtOverviewResponse {
    return {
      lines: o.lines.map((l) => DebtOverviewLineResponse.from(l)),
      priority: { ...o.priority },
      nonPriority: { ...o.nonPriority },
      total: { ...o.total },
    };
  }
}
