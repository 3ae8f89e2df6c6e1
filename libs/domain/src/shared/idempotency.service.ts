import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface StoredResponse {
  requestHash: string;
  statusCode: number;
  body: unknown;
}

/** Remembers the response to each `Idempotency-Key` a user sent, so a retried POST is answered, not repeated. */
@Injectable()
export class IdempotencyService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async find(userId: string, key: string): Promise<StoredResponse | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT request_hash, status_code, response FROM idempotency_key WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    return row ? { requestHash: row.request_hash, statusCode: row.status_code, body: row.response } : undefined;
  }

  async store(userId: string, key: string, response: StoredResponse): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO idempotency_key (user_id, key, request_hash, status_code, response) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING`,
      [userId, key, response.requestHash, response.statusCode, JSON.stringify(response.body ?? null)],
    );
  }
}
