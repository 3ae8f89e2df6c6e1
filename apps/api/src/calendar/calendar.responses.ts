import { ApiProperty } from '@nestjs/swagger';

class LocalizedLineResponse {
  @ApiProperty({ example: 'Sidste rettidige betalingsdag er mandag d. 3. august 2026.' }) da: string;
  @ApiProperty({ example: 'The last day to pay on time is Monday 3 August 2026.' }) en: string;
}

class ExplainedDateResponse {
  @ApiProperty({ format: 'date', example: '2026-08-03' }) date: string;
  @ApiProperty({ type: [String], example: ['almenlejeloven § 44, stk. 2'] }) basis: string[];
  @ApiProperty({ type: LocalizedLineResponse }) explanation: LocalizedLineResponse;
}

class DeadlineWarningResponse {
  @ApiProperty({
    enum: ['DEMAND_RECEIVED_BEFORE_EARLIEST_DEMAND_DATE', 'DUE_DATE_BEFORE_2013', 'DEMAND_RECEIVED_BEFORE_JUNE_2009'],
  })
  code: string;

  @ApiProperty({ type: LocalizedLineResponse }) text: LocalizedLineResponse;
}

class CalendarRulesResponse {
  @ApiProperty({
    enum: ['constitutionDay', 'christmasEve', 'newYearsEve'],
    isArray: true,
    description: 'Days besides weekends and public holidays on which nothing falls due',
  })
  closedDays: string[];

  @ApiProperty({ description: 'Whether a Saturday counts as a weekday (hverdag) before a payment demand' })
  saturdayIsWeekday: boolean;

  @ApiProperty({ enum: ['dueDate', 'lastOnTimeDay'] })
  paymentDemandCountFrom: string;

  @ApiProperty({ type: 'integer', example: 14 }) paymentDeadlineDays: number;
}

/** `GET /api/v1/calendar/deadlines` (the calendar's `Deadlines`). */
export class DeadlinesResponse {
  @ApiProperty({ format: 'date', example: '2026-08-01' }) dueDate: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) demandReceived: string | null;
  @ApiProperty({ type: ExplainedDateResponse }) lastOnTimePaymentDay: ExplainedDateResponse;
  @ApiProperty({ type: ExplainedDateResponse }) earliestPaymentDemandDate: ExplainedDateResponse;

  @ApiProperty({ type: ExplainedDateResponse, nullable: true, description: 'Null until the day of receipt is known' })
  paymentDeadline: ExplainedDateResponse | null;

  @ApiProperty({ type: ExplainedDateResponse, nullable: true }) earliestTerminationDate: ExplainedDateResponse | null;
  @ApiProperty({ type: [DeadlineWarningResponse] }) warnings: DeadlineWarningResponse[];

  @ApiProperty({ type: CalendarRulesResponse, description: 'The readings applied, defaults filled in' })
  rules: CalendarRulesResponse;
}

export class HolidayResponse {
  @ApiProperty({ format: 'date', example: '2026-04-03' }) date: string;
  @ApiProperty({ example: 'Langfredag' }) name: string;
  @ApiProperty({ example: 'Good Friday' }) nameEn: string;
}
