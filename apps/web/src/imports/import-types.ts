import type { ApiSchema, paths } from '@app/api-client';

/** The upload's query and answer, as the generated client types them (see upload.ts for why it is not `api.POST`). */
export type UploadQuery = NonNullable<paths['/api/v1/arrears-imports']['post']['parameters']['query']>;
export type UploadAnswer = paths['/api/v1/arrears-imports']['post']['responses'][202]['content']['application/json'];

export type ArrearsImport = ApiSchema<'ImportResponse'>;
export type ImportProblem = ApiSchema<'ImportProblemResponse'>;
export type ImportStatus = ArrearsImport['status'];
