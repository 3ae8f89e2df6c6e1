import { Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiPayloadTooLargeResponse,
  ApiPropertyOptional,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { PageQuery } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ArrearsImportService, Role, type Actor } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ErrorResponse } from '../common/error.response.js';
import { ApiErrors } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { PageResponse } from '../common/page.response.js';
import { IdParam } from '../common/params.js';
import { ImportProblemResponse, ImportResponse } from './imports.responses.js';
import { readImportUpload, XLSX_CONTENT_TYPE } from './import-upload.js';

export class ImportUploadQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Administrators only: whose list it is' })
  @IsOptional()
  @IsUUID()
  housingOrganisationId?: string;
}

export class ImportListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this organisation's imports (administrators)" })
  @IsOptional()
  @IsUUID()
  housingOrganisationId?: string;
}

@ApiTags('imports')
@Controller('api/v1/arrears-imports')
export class ImportsController {
  constructor(
    @Inject(ArrearsImportService) private readonly imports: ArrearsImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Uploads the monthly arrears list. Answers 202 at once with the import; a worker processes
   * it, and GET on the import shows its status and counts, /problems each bad row. An upload
   * that breaks off (or is too large, or holds two files) answers 4xx and keeps nothing.
   */
  @Post()
  @Operation({
    summary: 'Upload the arrears list',
    description:
      'Uploads the monthly arrears list (CSV in UTF-8, Windows-1252 or ISO-8859-1, read in the encoding detected; an .xlsx workbook, its first worksheet; or JSON), as multipart/form-data field "file" or as the body (text/csv or the .xlsx content type). A workbook is recognised by its name, its content type or its zip signature; one announced as a workbook that is none is refused with IMPORT_NOT_A_WORKBOOK. Answers 202 at once with the import and its Location; a worker processes it, GET on the import shows its status and counts, /problems each bad row. An upload that breaks off, is too large or holds two files answers 4xx and keeps nothing. Housing caseworkers (their own organisation) and administrators (naming the organisation).',
    accepted: ImportResponse,
    okDescription: 'Stored and queued; poll the import',
    errors: [
      ApiErrors.ValidationFailed,
      ApiErrors.ImportUploadIncomplete,
      ApiErrors.ImportUploadMalformed,
      ApiErrors.ImportOneFileOnly,
      ApiErrors.ImportFileMissing,
      ApiErrors.ImportEmptyFile,
      ApiErrors.ImportNotAWorkbook,
      ApiErrors.UnknownReference,
      ApiErrors.ImportFileTooLarge,
      ApiErrors.ImportUnsupportedFile,
    ],
  })
  @Allow(Role.HousingCaseworker, Role.Administrator)
  @ApiConsumes('multipart/form-data', 'text/csv', XLSX_CONTENT_TYPE)
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiAcceptedResponse({ description: 'Stored and queued; poll the import' })
  @ApiBadRequestResponse({
    type: ErrorResponse,
    description:
      'Nothing kept: IMPORT_UPLOAD_INCOMPLETE, IMPORT_UPLOAD_MALFORMED, IMPORT_ONE_FILE_ONLY, IMPORT_FILE_MISSING, IMPORT_EMPTY_FILE',
  })
  @ApiPayloadTooLargeResponse({
    type: ErrorResponse,
    description: 'IMPORT_FILE_TOO_LARGE (over IMPORT_MAX_FILE_BYTES)',
  })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorResponse, description: 'IMPORT_UNSUPPORTED_FILE' })
  @ApiUnprocessableEntityResponse({
    type: ErrorResponse,
    description: 'IMPORT_NOT_A_WORKBOOK: announced as .xlsx, but not a zip archive; nothing kept',
  })
  async upload(
    @CurrentActor() actor: Actor,
    @Query() query: ImportUploadQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const upload = await readImportUpload(request, this.config.imports.maxFileBytes);
    const view = await this.imports
      .receive(
        actor,
        { format: upload.format, fileName: upload.fileName, housingOrganisationId: query.housingOrganisationId },
        upload.stream,
      )
      .catch((error: unknown) => {
        upload.discard();
        throw error;
      });
    response.status(202).setHeader('Location', `/api/v1/arrears-imports/${view.id}`);
    return view;
  }

  @Get()
  @Operation({
    summary: 'List imports',
    description:
      "The arrears lists uploaded so far, newest first, a page at a time, with each one's status and counts. Housing caseworkers see their own organisation's imports; administrators every organisation's, or one organisation's with housingOrganisationId.",
    ok: PageResponse(ImportResponse),
    errors: [ApiErrors.ValidationFailed, ApiErrors.InvalidCursor],
  })
  @Allow(Role.HousingCaseworker, Role.Administrator)
  async list(@CurrentActor() actor: Actor, @Query() query: ImportListQuery) {
    const { housingOrganisationId, ...page } = query;
    return this.imports.list(actor, { housingOrganisationId }, page);
  }

  @Get(':id')
  @Operation({
    summary: 'Get an import',
    description:
      "An import's status (received, processing, completed, failed), its format and the character encoding it was read in, its row counts and, when the whole file failed, why (with one detail per thing to put right). Housing caseworkers (their organisation's imports) and administrators.",
    ok: ImportResponse,
    errors: [ApiErrors.ImportNotFound],
  })
  @Allow(Role.HousingCaseworker, Role.Administrator)
  async get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.imports.get(actor, id);
  }

  @Get(':id/problems')
  @Operation({
    summary: "An import's problem rows",
    description:
      'Each row the import refused or could not read, a page at a time, with the field at fault (its stable name, and the column header as the file has it) and why. Same callers as the import.',
    ok: PageResponse(ImportProblemResponse),
    errors: [ApiErrors.ValidationFailed, ApiErrors.ImportNotFound],
  })
  @Allow(Role.HousingCaseworker, Role.Administrator)
  async problems(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() page: PageQuery) {
    return this.imports.problems(actor, id, page);
  }
}
