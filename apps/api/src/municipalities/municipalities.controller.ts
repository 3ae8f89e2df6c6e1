import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { MunicipalityService } from '@app/domain';
import { ErrorResponse } from '../common/error.response.js';
import { CreateMunicipalityDto } from './dto/create-municipality.dto.js';
import { MunicipalityResponse } from './dto/municipality.response.js';

@ApiTags('municipalities')
@Controller('api/v1/municipalities')
export class MunicipalitiesController {
  constructor(@Inject(MunicipalityService) private readonly municipalities: MunicipalityService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: MunicipalityResponse, description: 'Registered; a notice goes to its alert mailbox' })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'VALIDATION_FAILED, UNKNOWN_FIELD or MALFORMED_JSON' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'MUNICIPALITY_CODE_TAKEN' })
  async create(@Body() body: CreateMunicipalityDto): Promise<MunicipalityResponse> {
    return MunicipalityResponse.from(await this.municipalities.register(body));
  }

  @Get()
  @ApiOkResponse({ type: [MunicipalityResponse] })
  async list(): Promise<MunicipalityResponse[]> {
    return (await this.municipalities.list()).map((m) => MunicipalityResponse.from(m));
  }

  @Get(':code')
  @ApiOkResponse({ type: MunicipalityResponse })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'MUNICIPALITY_NOT_FOUND' })
  async get(@Param('code') code: string): Promise<MunicipalityResponse> {
    return MunicipalityResponse.from(await this.municipalities.getByCode(code));
  }
}
