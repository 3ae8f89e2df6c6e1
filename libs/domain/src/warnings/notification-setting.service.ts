import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { Role, type Actor } from '../access/roles.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';

/**
 * immediate: each warning by email as it happens; digest: non-urgent warnings in one email a
 * day (urgent ones are never delayed); none: inbox only (an organisation's alert mailbox cannot
 * opt out: it is where the law's notice goes).
 */
export type WarningDelivery = 'immediate' | 'digest' | 'none';

export interface NotificationSettingView {
  email: string;
  language: 'da' | 'en' | null;
  delivery: WarningDelivery;
  /** True when nothing was set and the defaults apply. */
  isDefault: boolean;
}

/** Email preferences per address: for a user's own address, or an organisation's mailbox. */
@Injectable()
export class NotificationSettingService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async mine(actor: Actor): Promise<NotificationSettingView> {
    return this.get(await this.ownEmail(actor), 'none');
  }

  async setMine(
    actor: Actor,
    input: { language?: 'da' | 'en' | null; delivery: WarningDelivery },
  ): Promise<NotificationSettingView> {
    return this.put(await this.ownEmail(actor), input);
  }

  /** Administrators set the preferences of organisation mailboxes (and anyone's). */
  async set(
    actor: Actor,
    email: string,
    input: { language?: 'da' | 'en' | null; delivery: WarningDelivery },
  ): Promise<NotificationSettingView> {
    if (actor.principal.role !== Role.Administrator) throw new RoleNotAllowedError();
    return this.put(email.toLowerCase(), input);
  }

  async getFor(actor: Actor, email: string): Promise<NotificationSettingView> {
    if (actor.principal.role !== Role.Administrator) throw new RoleNotAllowedError();
    return this.get(email.toLowerCase(), 'immediate');
  }

  private async get(email: string, fallback: WarningDelivery): Promise<NotificationSettingView> {
    const [row] = await this.dataSource.query(`SELECT language, delivery FROM notification_setting WHERE email = $1`, [
      email,
    ]);
    return row
      ? { email, language: row.language, delivery: row.delivery, isDefault: false }
      : { email, language: null, delivery: fallback, isDefault: true };
  }

  private async put(
    email: string,
    input: { language?: 'da' | 'en' | null; delivery: WarningDelivery },
  ): Promise<NotificationSettingView> {
    await this.dataSource.query(
      `INSERT INTO notification_setting (email, language, delivery) VALUES ($1, $2, $3)
       ON CONFLICT (email) DO UPDATE SET language = excluded.language, delivery = excluded.delivery, updated_at = now()`,
      [email, input.language ?? null, input.delivery],
    );
    return this.get(email, input.delivery);
  }

  private async ownEmail(actor: Actor): Promise<string> {
    const [user] = await this.dataSource.query(`SELECT email FROM app_user WHERE id = $1`, [actor.principal.userId]);
    if (!user) throw new EntityNotFoundError('user');
    return user.email;
  }
}
