import { Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import busboy from 'busboy';
import { IsOptional, IsUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { type Readable } from 'node:stream';
import { AppError, PageQuery } from '@app/common';
import { ArrearsImportService, Role, type Actor, type ArrearsFileFormat } from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { IdParam } from '../common/params.js';

export class ImportUploadQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Administrators only: whose list it is' })
  @IsOptional()
  @IsUUID()
  housingOrganisationId?: string;
}

const unsupported = () =>
  new AppError('IMPORT_UNSUPPORTED_FILE', 415, {
    da: 'Send arrearslisten som CSV eller JSON, enten som fil (multipart/form-data, feltet "file") eller direkte med Content-Type text/csv.',
    en: 'Send the arrears list as CSV or JSON, either as a file (multipart/form-data, field "file") or directly with Content-Type text/csv.',
  });

const malformedUpload = () =>
  new AppError('IMPORT_MALFORMED_UPLOAD', 400, {
    da: 'Filen kunne ikke læses: anmodningen er ikke en fuldstændig multipart/form-data-formular.',
    en: 'The file could not be read: the request is not a complete multipart/form-data form.',
  });

function formatOf(name: string | null, mimeType: string): ArrearsFileFormat | undefined {
  if (/\.json$/i.test(name ?? '') || mimeType.includes('json')) return 'json';
  if (/\.(csv|txt)$/i.test(name ?? '') || mimeType.includes('csv') || mimeType.startsWith('text/')) return 'csv';
  return undefined;
}

/** The file part of a multipart upload, as a stream: the list is never held whole in memory. */
function filePart(request: Request): Promise<{ stream: Readable; fileName: string | null; format: ArrearsFileFormat }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { files: 1, fileSize: 200 * 1024 * 1024 } });
    } catch {
      reject(unsupported());
      return;
    }
    let found = false;
    parser.on('file', (field, stream, info) => {
      const format = formatOf(info.filename ?? null, info.mimeType);
      if (field !== 'file' || found || !format) {
        stream.resume();
        return;
      }
      found = true;
      resolve({ stream, fileName: info.filename ?? null, format });
    });
    // A form that ends before its closing boundary ("Unexpected end of form") is the caller's
    // malformed request, not a server error.
    parser.on('error', () => reject(malformedUpload()));
    parser.on('close', () => {
      if (!found) reject(unsupported());
    });
    request.pipe(parser);
  });
}

@ApiTags('imports')
@Controller('api/v1/arrears-imports')
export class ImportsController {
  constructor(@Inject(ArrearsImportService) private readonly imports: ArrearsImportService) {}

  /**
   * Uploads the monthly arrears list. Answers 202 at once with the import; a worker processes
   * it, and GET on the import shows its status and counts, /problems each bad row.
   */
  @Post()
  @Allow(Role.HousingCaseworker, Role.Administrator)
  @ApiConsumes('multipart/form-data', 'text/csv')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiAcceptedResponse({ description: 'Stored and queued; poll the import' })
  async upload(
    @CurrentActor() actor: Actor,
    @Query() query: ImportUploadQuery,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const type = request.headers['content-type'] ?? '';
    const upload = type.startsWith('multipart/form-data')
      ? await filePart(request)
      : type.startsWith('text/csv')
        ? { stream: request as Readable, fileName: null, format: 'csv' as const }
        : undefined;
    if (!upload) throw unsupported();
    const view = await this.imports.receive(
      actor,
      { format: upload.format, fileName: upload.fileName, housingOrganisationId: query.housingOrganisationId },
      upload.stream,
    );
    response.status(202).setHeader('Location', `/api/v1/arrears-imports/${view.id}`);
    return view;
  }

  @Get(':id')
  @Allow(Role.HousingCaseworker, Role.Administrator)
  async get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.imports.get(actor, id);
  }

  @Get(':id/problems')
  @Allow(Role.HousingCaseworker, Role.Administrator)
  async problems(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() page: PageQuery) {
    return this.imports.problems(actor, id, page);
  }
}
