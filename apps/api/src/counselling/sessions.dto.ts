import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SESSION_CHANNELS, SESSION_LIMITS, SESSION_TOPICS, type SessionCreated, type SessionView } from '@app/domain';

// Channel, topics, dates, minutes and lengths are checked by the session rules (validateSession), so
// a refusal carries their stable codes (SESSION_CHANNEL_UNKNOWN, …); the DTO only checks the types.

export class NextActionDto {
  @ApiProperty({ maxLength: SESSION_LIMITS.maxNextActionLength, description: 'What happens next (1–300 characters)' })
  @IsString()
  @MaxLength(2000)
  text: string;

  @ApiProperty({ format: 'date', description: "When it is due: the session's day or later" })
  @IsString()
  @MaxLength(30)
  dueDate: string;
}

export class CreateSessionDto {
  @ApiProperty({ format: 'date', description: 'The day of the session: not after today (Copenhagen)' })
  @IsString()
  @MaxLength(30)
  date: string;

  @ApiProperty({ enum: SESSION_CHANNELS, description: 'How the session took place' })
  @IsString()
  @MaxLength(40)
  channel: string;

  @ApiProperty({ type: 'integer', minimum: SESSION_LIMITS.minMinutes, maximum: SESSION_LIMITS.maxMinutes })
  @IsNumber()
  minutes: number;

  @ApiProperty({ enum: SESSION_TOPICS, isArray: true, description: 'At least one, each once' })
  @IsArray()
  @ArrayMaxSize(SESSION_TOPICS.length * 2)
  @IsString({ each: true })
  topics: string[];

  @ApiPropertyOptional({
    type: NextActionDto,
    nullable: true,
    description: 'The next action and its due date; the provider is reminded when it is past due and not done',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => NextActionDto)
  nextAction?: NextActionDto | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: SESSION_LIMITS.maxNoteLength,
    description:
      "A short note. Sensitive: stored encrypted, shown only to the provider's debt advisors, never in emails, logs, exports or the audit log",
  })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  note?: string | null;
}

export class SessionNextActionDoneDto {
  @ApiProperty({ type: 'integer', description: 'The session version you read; another gives 409 STALE_VERSION' })
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({ description: 'true: the next action is done (today); false: not done after all' })
  @IsBoolean()
  nextActionDone: boolean;
}

export class SessionNextActionResponse {
  @ApiProperty() text: string;
  @ApiProperty({ format: 'date' }) dueDate: string;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: 'The day it was marked done' })
  doneOn: string | null;
  @ApiProperty({ description: 'Past its due date and not done' }) overdue: boolean;
}

export class SessionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) referralId: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ enum: SESSION_CHANNELS }) channel: string;
  @ApiProperty({ type: 'integer' }) minutes: number;
  @ApiProperty({ enum: SESSION_TOPICS, isArray: true }) topics: string[];
  @ApiProperty({ type: SessionNextActionResponse, nullable: true }) nextAction: SessionNextActionResponse | null;
  @ApiProperty({ type: String, nullable: true, description: "Sensitive: only the provider's debt advisors see it" })
  note: string | null;
  @ApiProperty({ format: 'uuid', description: 'The advisor who recorded it' }) recordedBy: string;
  @ApiProperty({ type: 'integer', description: 'Send it back to mark the next action done' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;

  static from(s: SessionView): SessionResponse {
    return {
      id: s.id,
      referralId: s.referralId,
      date: s.heldOn,
      channel: s.channel,
      minutes: s.minutes,
      topics: s.topics,
      nextAction: s.nextAction
        ? {
            text: s.nextAction.text,
            dueDate: s.nextAction.dueOn,
            doneOn: s.nextAction.doneOn,
            overdue: s.nextAction.overdue,
          }
        : null,
      note: s.note,
      recordedBy: s.recordedBy,
      version: s.version,
      createdAt: s.createdAt,
    };
  }
}

export class CreatedSessionResponse extends SessionResponse {
  @ApiProperty({
    description:
      'The session was the first contact: the referral went from accepted to in_contact, dated the session’s day',
  })
  firstContactRecorded: boolean;

  static fromCreated(created: SessionCreated): CreatedSessionResponse {
    return { ...SessionResponse.from(created.session), firstContactRecorded: created.firstContact };
  }
}

export class SessionListResponse {
  @ApiProperty({ type: [SessionResponse], description: 'The latest first' }) items: SessionResponse[];
}
