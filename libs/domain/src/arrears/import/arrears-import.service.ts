import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { copenhagenDateOf } from '@app/calendar';
import { decodeCursor, decodeRowCursor, encodeCursor, encodeRowCursor, type Page } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { localized, type LocalizedText } from '@app/i18n';
import { ImportProducer } from '@app/queue';
import { RoleNotAllowedError } from '../../access/access.errors.js';
import { type Actor, Role } from '../../access/roles.js';
import { EntityNotFoundError, UnknownReferenceError } from '../../directory/directory.errors.js';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import {
  ArrearsFileError,
  emptyUpload,
  notAWorkbook,
  parseArrearsFile,
  type ArrearsFileFormat,
  type ArrearsImportRow,
  type ColumnHeaders,
  type RowProblem,
} from './arrears-file-parser.js';
import { type ArrearsFileErrorDetail } from './arrears-file.errors.js';
import { columnName } from './arrears-import-row.js';
import { ArrearsImportRepository, type ImportRow } from './arrears-import.repository.js';
import { ImportBatchWriter, type BatchContext, type ResolvedRow } from './import-batch.writer.js';
import { isRowRefusal, processingFailed, refusedRowProblem, retryingConflicts } from './import-failures.js';
import { EncodingSniffer, TEXT_ENCODING_LABELS, type TextEncodingName } from './text-encoding.js';

/** Rows written per transaction: large enough for set-based SQL to pay off, small enough to keep locks short. */
const BATCH_ROWS = 2_000;
/** Batches written at once, each on a connection of its own (one for the embedded database). */
const CONCURRENT_BATCHES = 2;
const CHUNK_BYTES = 256 * 1024;

export type ImportStatus = 'received' | 'processing' | 'completed' | 'failed';

export interface ImportView {
  id: string;
  housingOrganisationId: string;
  fileName: string | null;
  format: ArrearsFileFormat;
  /**
   * The character encoding a CSV or JSON file was read in, as Excel names it ("Windows-1252" for
   * its "CSV (semikolonsepareret)"); null for a workbook, and until a file received before the
   * encoding was recorded has been processed.
   */
  encoding: string | null;
  status: ImportStatus;
  sizeBytes: number;
  totalRows: number;
  changedRows: number;
  unchangedRows: number;
  failedRows: number;
  /** Attempts at processing it so far (IMPORT_MAX_ATTEMPTS at most). */
  attempts: number;
  /** Why the whole file failed, with one detail per thing to put right (a missing column each). */
  error: { code: string; text: LocalizedText; details: ArrearsFileErrorDetail[] } | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface ImportProblemView {
  rowNumber: number;
  /** The stable name of the field (`arrearsOre`), or `row`. */
  field: string;
  /** The column as the user's file heads it ("Restance"); null for the row as a whole. */
  column: string | null;
  code: string;
  message: LocalizedText;
}

/** The first bytes of every zip archive, and so of every .xlsx workbook (an empty archive starts PK\x05\x06). */
const ZIP_SIGNATURES = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];
const isZip = (head: Buffer) => ZIP_SIGNATURES.some((signature) => head.subarray(0, 4).equals(signature));

@Injectable()
export class ArrearsImportService {
  private readonly logger = new Logger(ArrearsImportService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(PersonalDataCipher) private readonly cipher: PersonalDataCipher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ImportBatchWriter) private readonly writer: ImportBatchWriter,
    @Inject(ArrearsImportRepository) private readonly repository: ArrearsImportRepository,
    // Absent in the one-off commands (no queues there): their imports are queued at the worker's start.
    @Optional() @Inject(ImportProducer) private readonly producer?: ImportProducer,
  ) {}

  /**
   * Stores an uploaded arrears list as it streams in (never whole in memory) and queues it for a
   * worker (job id = import id); the caller polls the import for its status and report. The file
   * is committed first: if queueing then fails, the import waits `received` and the worker queues
   * it when it starts (`unfinished`), so no upload is lost between the two stores.
   */
  async receive(
    actor: Actor,
    input: { format: ArrearsFileFormat; fileName: string | null; housingOrganisationId?: string },
    content: Readable,
  ): Promise<ImportView> {
    const organisationId = this.organisationFor(actor, input.housingOrganisationId);
    if (!(await this.repository.organisationExists(this.dataSource.manager, organisationId))) {
      throw new UnknownReferenceError('housingOrganisationId');
    }
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await this.repository.create(manager, {
        id,
        organisationId,
        createdBy: actor.principal.userId,
        fileName: input.fileName,
        format: input.format,
      });
      // The encoding is decided as the bytes pass, so processing never needs a pass of its own.
      const sniffer = new EncodingSniffer();
      let head = Buffer.alloc(0);
      let format: ArrearsFileFormat | undefined;
      let seq = 0;
      let size = 0;
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      const flush = async () => {
        if (pendingBytes === 0) return;
        await this.repository.addChunk(manager, id, seq++, Buffer.concat(pending));
        pending = [];
        pendingBytes = 0;
      };
      for await (const chunk of content) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
        if (format === undefined) {
          head = Buffer.concat([head, buffer.subarray(0, 4 - head.length)]);
          if (head.length >= 4) format = this.formatOf(input.format, head);
        }
        if (format !== 'xlsx') sniffer.push(buffer);
        pending.push(buffer);
        pendingBytes += buffer.length;
        size += buffer.length;
        if (pendingBytes >= CHUNK_BYTES) await flush();
      }
      await flush();
      if (size === 0) {
        throw emptyUpload();
      }
      format ??= this.formatOf(input.format, head);
      await this.repository.setReceived(manager, id, {
        sizeBytes: size,
        format,
        encoding: format === 'xlsx' ? null : sniffer.result(),
      });
    });
    // Read before queueing: the answer is the import as stored (`received`), not whatever a fast
    // worker has made of it by the time the answer is written; the caller polls from here.
    const received = await this.get(actor, id);
    try {
      await this.producer?.enqueue([id]);
    } catch (error) {
      this.logger.warn(
        { importId: id, err: error },
        'Arrears import stored but not queued; the worker queues it at start',
      );
    }
    return received;
  }

  /**
   * The format the bytes are in: a workbook is a zip archive whatever it was called or sent as (a
   * list saved as .xlsx but named .csv, or posted as text/csv, still imports); one announced as a
   * workbook that is no zip (an old .xls, a renamed CSV) is refused at once, and nothing is kept.
   */
  private formatOf(announced: ArrearsFileFormat, head: Buffer): ArrearsFileFormat {
    if (isZip(head)) return 'xlsx';
    if (announced === 'xlsx') throw notAWorkbook();
    return announced;
  }

  async get(actor: Actor, id: string): Promise<ImportView> {
    return this.view(id, this.scopeOrganisation(actor));
  }

  /**
   * The caller's imports, newest first, a page at a time: a caseworker's organisation's only; an
   * administrator's of every organisation, or of `housingOrganisationId` when named.
   */
  async list(
    actor: Actor,
    filter: { housingOrganisationId?: string },
    page: { limit: number; cursor?: string },
  ): Promise<Page<ImportView>> {
    // A caseworker without an organisation would otherwise count as unscoped, like an administrator.
    if (actor.principal.role !== Role.Administrator && !actor.principal.housingOrganisationId) {
      throw new RoleNotAllowedError();
    }
    const after = page.cursor ? decodeCursor(page.cursor, 'timestamp') : null;
    const rows = await this.repository.list(
      this.dataSource.manager,
      this.scopeOrganisation(actor),
      filter.housingOrganisationId ?? null,
      after,
      page.limit + 1,
    );
    const items = rows.slice(0, page.limit);
    const last = items.at(-1);
    return {
      items: items.map(({ createdKey: _key, ...row }) => this.toView(row)),
      nextCursor: rows.length > page.limit && last ? encodeCursor({ key: last.createdKey, id: last.id }) : null,
    };
  }

  /** The import, if it belongs to `organisationId` (any organisation when null). */
  private async view(id: string, organisationId: string | null): Promise<ImportView> {
    const row = await this.repository.find(this.dataSource.manager, id, organisationId);
    if (!row) throw new EntityNotFoundError('arrears_import');
    return this.toView(row);
  }

  private toView(row: ImportRow): ImportView {
    const error = row.error && { ...row.error, details: row.error.details ?? [] };
    return { ...row, encoding: row.encoding && TEXT_ENCODING_LABELS[row.encoding], error };
  }

  async problems(actor: Actor, id: string, page: { limit: number; cursor?: string }): Promise<Page<ImportProblemView>> {
    await this.get(actor, id);
    const after = page.cursor ? decodeRowCursor(page.cursor) : 0;
    const rows: ImportProblemView[] = await this.repository.problems(
      this.dataSource.manager,
      id,
      after,
      page.limit + 1,
    );
    // Pages break between rows, never inside one row's problems.
    let items = rows.slice(0, page.limit);
    if (rows.length > page.limit && items.length > 0) {
      const lastRow = items.at(-1)!.rowNumber;
      const whole = items.filter((p) => p.rowNumber !== lastRow);
      items = whole.length > 0 ? whole : items;
    }
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > page.limit && last ? encodeRowCursor(last.rowNumber) : null,
    };
  }

  /**
   * Starts an attempt at an import, counting it: the queue delivers the import's job once per
   * attempt (a retry after a failure, or again after its worker died, when the job is found
   * stalled). An import whose attempts are used up is failed instead: a file that kills the
   * worker every time must not be taken up for ever. Nothing to do for a finished import.
   */
  async beginAttempt(importId: string): Promise<{ run: boolean; attempts: number }> {
    const { maxAttempts } = this.config.imports;
    const row = await this.repository.beginAttempt(
      this.dataSource.manager,
      importId,
      maxAttempts,
      processingFailed(maxAttempts),
    );
    if (row && !row.run) {
      this.logger.warn({ importId, maxAttempts }, 'Arrears import abandoned on its last attempt; it has failed');
    }
    return { run: row?.run ?? false, attempts: row?.attempts ?? 0 };
  }

  /** Imports not finished (received, or being processed): each must have a job on the queue. */
  async unfinished(): Promise<string[]> {
    return this.repository.unfinished(this.dataSource.manager);
  }

  /** The queue gave up on the import's job (its attempts, or its stalls, used up): the import fails with a reason. */
  async failUnfinished(importId: string): Promise<void> {
    const { maxAttempts } = this.config.imports;
    await this.repository.fail(this.dataSource.manager, importId, processingFailed(maxAttempts));
  }

  /**
   * One attempt at an import, from its stored chunks. Safe to run again: rows already in change
   * nothing. A failed attempt leaves the import `received` for the next one, or, after the last
   * attempt, ends it `failed` with a reason the caseworker can read; then it rethrows, so the
   * queue retries with backoff.
   */
  async process(importId: string): Promise<ImportView> {
    const job = await this.repository.find(this.dataSource.manager, importId, null);
    if (!job) throw new EntityNotFoundError('arrears_import');
    const { run, attempts } = await this.beginAttempt(importId);
    if (!run) return this.view(importId, null);
    try {
      await this.attempt(importId, job.housingOrganisationId, job.format, job.encoding);
    } catch (error) {
      await this.recordFailedAttempt(importId, attempts, error);
      throw error;
    }
    return this.view(importId, null);
  }

  private async recordFailedAttempt(importId: string, attempts: number, error: unknown): Promise<void> {
    const { maxAttempts } = this.config.imports;
    const last = attempts >= maxAttempts;
    // Logged through safeError (the logger's): never the rows' values or the query's parameters.
    this.logger.warn(
      { importId, attempt: attempts, maxAttempts, err: error },
      last ? 'Arrears import failed its last attempt' : 'Arrears import attempt failed; it will be tried again',
    );
    try {
      if (last) await this.repository.fail(this.dataSource.manager, importId, processingFailed(maxAttempts));
      else await this.repository.backToReceived(this.dataSource.manager, importId);
    } catch (recordError) {
      // The database is gone too: the import stays `processing`; the job's retry (or, past the
      // last, the worker's failed handler or its start-up check) settles it.
      this.logger.warn({ importId, err: recordError }, 'Arrears import attempt could not be recorded');
    }
  }

  private async attempt(
    importId: string,
    organisationId: string,
    format: ArrearsFileFormat,
    knownEncoding: TextEncodingName | null,
  ): Promise<void> {
    await this.repository.resetReport(this.dataSource.manager, importId);
    // A text file received before its encoding was recorded at upload: one pass over it first.
    let encoding = knownEncoding;
    if (format !== 'xlsx' && encoding === null) {
      const sniffer = new EncodingSniffer();
      for await (const chunk of this.chunks(importId)) sniffer.push(chunk);
      encoding = sniffer.result();
      await this.repository.setEncoding(this.dataSource.manager, importId, encoding);
    }
    const departments = await this.repository.departments(this.dataSource.manager, organisationId);
    const context: BatchContext = { importId, organisationId, bookedOn: copenhagenDateOf(new Date()) };
    const seen = new Set<string>();
    let batch: ResolvedRow[] = [];
    let problems: RowProblem[] = [];
    // What has been parsed so far, and (`changed`, `refused`) what the written batches did;
    // `refused`: rows that passed validation but the database would not store.
    const totals = { total: 0, changed: 0, failed: 0, refused: 0 };
    // What has been parsed since the last flush: each batch adds its own part to the counts.
    let counted = { total: 0, failed: 0 };

    const write = async (rows: ResolvedRow[], rowProblems: RowProblem[], parsed: { total: number; failed: number }) => {
      // Counted when written, not when parsed: a batch's refused rows are known only now.
      try {
        // Batches written at once lock rows in one order and should never deadlock; were the
        // database to roll one back for a conflict all the same, it is written again.
        const changed = await retryingConflicts(() =>
          this.dataSource.transaction(async (manager) => {
            const changedRows = await this.writeRows(manager, context, rows);
            await this.repository.writeReport(manager, importId, rowProblems, { ...parsed, changed: changedRows });
            return changedRows;
          }),
        );
        totals.changed += changed;
      } catch (error) {
        if (!isRowRefusal(error)) throw error;
        // Some row in the batch is refused: find it (them) by halves, keeping every other row.
        const isolated = await this.writeIsolating(context, rows, error);
        totals.changed += isolated.changed;
        totals.refused += isolated.refused.length;
        await this.dataSource.transaction((manager) =>
          this.repository.writeReport(manager, importId, [...rowProblems, ...isolated.refused], {
            total: parsed.total,
            failed: parsed.failed + isolated.refused.length,
            changed: isolated.changed,
          }),
        );
      }
    };
    // Batches are written while the next are parsed, validated and encrypted, and up to
    // `writers` of them at once, each in its own transaction on its own connection: one
    // batch's statements keep one PostgreSQL backend busy, and Node and PostgreSQL work at
    // the same time (docs/performance.md#the-monthly-import). Order between batches does not
    // matter: a file names each tenancy and due date once (DUPLICATE_ROW), and a batch that
    // shares a tenancy with one being written waits for it at the tenancy's lock.
    const writers = this.config.database.mode === 'embedded' ? 1 : CONCURRENT_BATCHES;
    const writing = new Set<Promise<void>>();
    let failed = false;
    const flush = async () => {
      const rows = batch;
      const rowProblems = problems;
      const parsed = counted;
      batch = [];
      problems = [];
      counted = { total: 0, failed: 0 };
      if (rows.length === 0 && rowProblems.length === 0 && parsed.total === 0) return;
      while (writing.size >= writers) await Promise.race(writing);
      // A failed write ends the attempt: nothing more is started once one has failed.
      if (failed) return settle();
      const written: Promise<void> = write(rows, rowProblems, parsed).then(
        () => {
          writing.delete(written);
        },
        (error: unknown) => {
          failed = true;
          throw error;
        },
      );
      writing.add(written);
      // Awaited at the next flush or at the end; until then its failure must not count as unhandled.
      written.catch(() => undefined);
    };
    // Never leave a batch half-way: every write started is waited for, and the first failure wins.
    const settle = async () => {
      const outcomes = await Promise.allSettled([...writing]);
      const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      if (rejected) throw rejected.reason;
    };

    try {
      const options = encoding === null ? {} : { encoding };
      for await (const parsed of parseArrearsFile(this.chunks(importId), format, options)) {
        totals.total += 1;
        counted.total += 1;
        if (!parsed.ok) {
          totals.failed += 1;
          counted.failed += 1;
          problems.push(...parsed.problems);
        } else {
          const resolved = this.resolve(parsed.row, parsed.headers, departments, seen);
          if ('problem' in resolved) {
            totals.failed += 1;
            counted.failed += 1;
            problems.push(resolved.problem);
          } else {
            batch.push(resolved.row);
          }
        }
        if (batch.length >= BATCH_ROWS || problems.length >= BATCH_ROWS) await flush();
      }
      await flush();
      await settle();
      await this.repository.complete(this.dataSource.manager, importId);
    } catch (error) {
      await settle();
      if (!(error instanceof ArrearsFileError)) throw error;
      // A file that cannot be read at all: keep what was written (it is valid on its own) and say why.
      await this.repository.fail(this.dataSource.manager, importId, {
        code: error.code,
        text: error.text,
        details: error.details,
      });
    }
    this.logger.log({ importId, ...totals }, 'Arrears import processed');
  }

  /** Rows, with the warning rules for the cases they changed, in the caller's transaction. */
  private async writeRows(manager: EntityManager, context: BatchContext, rows: ResolvedRow[]): Promise<number> {
    return (await this.writer.write(manager, context, rows)).changedRows;
  }

  /**
   * Writes a batch the database refused in halves, each in its own transaction, down to the
   * single rows it refuses: a handful of transactions per refused row (about 2·log₂ 2,000), and
   * every other row is kept. Rows are written in file order, so a later row still wins.
   */
  private async writeIsolating(
    context: BatchContext,
    rows: ResolvedRow[],
    refusal: unknown,
  ): Promise<{ changed: number; refused: RowProblem[] }> {
    if (rows.length === 1) return { changed: 0, refused: [refusedRowProblem(rows[0]!.rowNumber, refusal)] };
    const result = { changed: 0, refused: [] as RowProblem[] };
    const middle = Math.ceil(rows.length / 2);
    for (const half of [rows.slice(0, middle), rows.slice(middle)]) {
      try {
        result.changed += await this.dataSource.transaction((manager) => this.writeRows(manager, context, half));
      } catch (error) {
        if (!isRowRefusal(error)) throw error;
        const inner = await this.writeIsolating(context, half, error);
        result.changed += inner.changed;
        result.refused.push(...inner.refused);
      }
    }
    return result;
  }

  private resolve(
    row: ArrearsImportRow,
    headers: ColumnHeaders,
    departments: Map<string, { id: string; municipalityId: string }>,
    seen: Set<string>,
  ): { row: ResolvedRow } | { problem: RowProblem } {
    const department = departments.get(row.departmentNumber.toLowerCase());
    if (!department) {
      return {
        problem: {
          rowNumber: row.rowNumber,
          field: 'departmentNumber',
          column: headers.departmentNumber ?? null,
          code: 'UNKNOWN_DEPARTMENT',
          message: localized((m) =>
            m.imports.row.unknownDepartment({
              column: columnName(m, 'departmentNumber', headers),
              department: row.departmentNumber,
            }),
          ),
        },
      };
    }
    const key = `${department.id}|${row.unit.toLowerCase()}|${row.dueDate}`;
    if (seen.has(key)) {
      return {
        problem: {
          rowNumber: row.rowNumber,
          field: 'unit',
          column: headers.unit ?? null,
          code: 'DUPLICATE_ROW',
          message: localized((m) =>
            m.imports.row.duplicateRow({
              column: columnName(m, 'unit', headers),
              unit: row.unit,
              dueDate: row.dueDate,
            }),
          ),
        },
      };
    }
    seen.add(key);
    const encrypted = row.cpr ? this.cipher.encrypt(row.cpr) : null;
    return {
      row: {
        rowNumber: row.rowNumber,
        departmentId: department.id,
        municipalityId: department.municipalityId,
        unit: row.unit,
        address: row.address,
        postcode: row.postcode,
        city: row.city,
        tenantName: row.tenantName,
        cprCiphertext: encrypted?.ciphertext ?? null,
        cprKeyId: encrypted?.keyId ?? null,
        cprIndex: row.cpr ? this.cipher.blindIndex(row.cpr) : null,
        monthlyRentOre: row.monthlyRentOre,
        arrearsOre: row.arrearsOre,
        dueDate: row.dueDate,
        childrenUnder18: row.childrenUnder18,
      },
    };
  }

  /** The stored file, chunk by chunk, so processing never holds it whole either. */
  private async *chunks(importId: string): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq++) {
      const data = await this.repository.chunk(this.dataSource.manager, importId, seq);
      if (!data) return;
      yield data;
    }
  }

  private organisationFor(actor: Actor, requested: string | undefined): string {
    const { principal } = actor;
    if (principal.role === Role.Administrator) {
      if (!requested) throw new UnknownReferenceError('housingOrganisationId');
      return requested;
    }
    if (principal.role !== Role.HousingCaseworker || !principal.housingOrganisationId) throw new RoleNotAllowedError();
    return principal.housingOrganisationId;
  }

  private scopeOrganisation(actor: Actor): string | null {
    return actor.principal.role === Role.Administrator ? null : actor.principal.housingOrganisationId;
  }
}
