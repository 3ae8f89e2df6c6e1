import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type Locale, type NotificationPreference, type WarningDelivery } from './warning-delivery-planner.js';

/** `notification_setting`: email preferences per lower-cased address. */
@Injectable()
export class NotificationSettingRepository {
  async find(manager: EntityManager, email: string): Promise<NotificationPreference | null> {
    const [row]: NotificationPreference[] = await manager.query(
      `SELECT language, delivery FROM notification_setting WHERE email = $1`,
      [email],
    );
    return row ?? null;
  }

  /** The preferences of the addresses that set any, by address. */
  async forAddresses(manager: EntityManager, emails: readonly string[]): Promise<Map<string, NotificationPreference>> {
    const found = new Map<string, NotificationPreference>();
    if (emails.length === 0) return found;
    const rows: (NotificationPreference & { email: string })[] = await manager.query(
      `SELECT email, language, delivery FROM notification_setting WHERE email = ANY($1::text[])`,
      [[...new Set(emails)]],
    );
    for (const row of rows) found.set(row.email, { language: row.language, delivery: row.delivery });
    return found;
  }

  async upsert(
    manager: EntityManager,
    email: string,
    preference: { language: Locale | null; delivery: WarningDelivery },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO notification_setting (email, language, delivery) VALUES ($1, $2, $3)
       ON CONFLICT (email) DO UPDATE SET language = excluded.language, delivery = excluded.delivery, updated_at = now()`,
      [email, preference.language, preference.delivery],
    );
  }

  /** The address of a user (their own preferences are kept under it). */
  async userEmail(manager: EntityManager, userId: string): Promise<string | null> {
    const [user]: { email: string }[] = await manager.query(`SELECT email FROM app_user WHERE id = $1`, [userId]);
    return user?.email ?? null;
  }
}
