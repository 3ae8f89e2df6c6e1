import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '@app/domain';
import { CaseQuery } from './cases.dto.js';

/** The case list's filters and order, without paging: the export holds every case they select. */
export class CaseExportQuery extends OmitType(CaseQuery, ['limit', 'cursor'] as const) {
  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    default: 'csv',
    description: 'csv: for Danish Excel (";", UTF-8 BOM, decimal comma, dd-mm-yyyy); xlsx: a workbook with typed cells',
  })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}
