import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../common/is-calendar-date.js';
import { CalendarError, danishPublicHolidays, deadlinesFor, type Deadlines, type IsoDate } from '@app/calendar';
import { AppError } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AnyRole } from '../auth/access.decorators.js';

export class HolidayQuery {
  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year: number;
}

export class DeadlineQuery {
  @ApiProperty({ example: '2026-03-01', description: 'The rent due date (forfaldsdag)' })
  @IsCalendarDate()
  dueDate: string;

  @ApiPropertyOptional({ example: '2026-03-06', description: 'The day the payment demand reached the tenant' })
  @IsOptional()
  @IsCalendarDate()
  demandReceived?: string;
}

export class HolidayResponse {
  @ApiProperty({ example: '2026-04-03' }) date: string;
  @ApiProperty({ example: 'Langfredag' }) name: string;
  @ApiProperty({ example: 'Good Friday' }) nameEn: string;
}

/** The legal calendar, so a caseworker can check a date before acting on it. */
@ApiTags('calendar')
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('holidays')
  @AnyRole()
  @ApiOkResponse({ type: [HolidayResponse] })
  holidays(@Query() query: HolidayQuery): HolidayResponse[] {
    return danishPublicHolidays(query.year).map((h) => ({ date: h.date, name: h.name, nameEn: h.nameEn }));
  }

  @Get('deadlines')
  @AnyRole()
  @ApiOkResponse({ description: 'Each date with its legal basis and an explanation in Danish and English' })
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
