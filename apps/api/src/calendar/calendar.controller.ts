import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../common/is-calendar-date.js';
import { CalendarError, danishPublicHolidays, deadlinesFor, type Deadlines, type IsoDate } from '@app/calendar';
import { AppError } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AnyRole } from '../auth/access.decorators.js';
import { ApiErrors } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { DeadlinesResponse, HolidayResponse } from './calendar.responses.js';

export class HolidayQuery {
  @ApiProperty({ type: 'integer', minimum: 1900, maximum: 2200, example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year: number;
}

export class DeadlineQuery {
  @ApiProperty({ format: 'date', example: '2026-03-01', description: 'The rent due date (forfaldsdag)' })
  @IsCalendarDate()
  dueDate: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-03-06',
    description: 'The day the payment demand reached the tenant',
  })
  @IsOptional()
  @IsCalendarDate()
  demandReceived?: string;
}

/** The legal calendar, so a caseworker can check a date before acting on it. */
@ApiTags('calendar')
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('holidays')
  @Operation({
    summary: 'Danish public holidays',
    description:
      'The public holidays of a year (without Store bededag from 2024), the days the legal calendar skips. Any signed-in user.',
    ok: [HolidayResponse],
    errors: [ApiErrors.ValidationFailed],
  })
  @AnyRole()
  holidays(@Query() query: HolidayQuery): HolidayResponse[] {
    return danishPublicHolidays(query.year).map((h) => ({ date: h.date, name: h.name, nameEn: h.nameEn }));
  }

  @Get('deadlines')
  @Operation({
    summary: 'Deadlines for a rent due date',
    description:
      'The legal dates that follow from a rent due date: last on-time payment day, earliest payment demand (påkrav), and, once the day of receipt is known, the payment deadline and earliest termination, each with its legal basis and an explanation in Danish and English. Computed with the configured readings (returned as `rules`). Any signed-in user.',
    ok: DeadlinesResponse,
    okDescription: 'Each date with its legal basis and an explanation in Danish and English',
    errors: [ApiErrors.ValidationFailed, ApiErrors.CalendarDateOutOfRange],
  })
  @AnyRole()
  deadlines(@Query() query: DeadlineQuery): Deadlines {
    try {
      return deadlinesFor(
        { dueDate: query.dueDate as IsoDate, demandReceived: query.demandReceived as IsoDate | undefined },
        this.config.calendar,
      );
    } catch (error) {
      if (error instanceof CalendarError) throw new AppError(error.code, 400, error.text);
      throw error;
    }
  }
}
