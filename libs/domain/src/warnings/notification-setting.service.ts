import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RoleNotAllowedError } from '../access/access.errors.js';
import { Role, type Actor } from '../access/roles.js';
import { EntityNotFoundError } from '../directory/directory.errors.js';
import { NotificationSettingRepository } from './notification-setting.repository.js';
import { normaliseAddress, type WarningDelivery } from './warning-delivery-planner.js';

export type { WarningDelivery } from './warning-delivery-planner.js';

export interface NotificationSettingView {
  email: string;
  language: 'da' | 'en' | null;
  delivery: WarningDelivery;
  /** True when nothing was set and the defaults apply. */
  isDefault: boolean;
}

/**
 * Email preferences per address: for a user's own address, or an organisation's mailbox. What
 * they mean for each warning is decided in warning-delivery-planner.ts.
 */
@Injectable()
export class NotificationSettingService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(NotificationSettingRepository) private readonly settings: NotificationSettingRepository,
  ) {}

  /** A user's own default is inbox only; an organisation mailbox's is immediate. */
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
    return this.put(normaliseAddress(email), input);
  }

  async getFor(actor: Actor, email: string): Promise<NotificationSettingView> {
    if (actor.principal.role !== Role.Administrator) throw new RoleNotAllowedError();
    return this.get(normaliseAddress(email), 'immediate');
  }

  private async get(email: string, fallback: WarningDelivery): Promise<NotificationSettingView> {
    const row = await this.settings.find(this.dataSource.manager, email);
    return row
      ? { email, language: row.language, delivery: row.delivery, isDefault: false }
      : { email, language: null, delivery: fallback, isDefault: true };
  }

  private async put(
    email: string,
    input: { language?: 'da' | 'en' | null; delivery: WarningDelivery },
  ): Promise<NotificationSettingView> {
    await this.settings.upsert(this.dataSource.manager, email, {
      language: input.language ?? null,
      delivery: input.delivery,
    });
    return this.get(email, input.delivery);
  }

  private async ownEmail(actor: Actor): Promise<string> {
    const email = await this.settings.userEmail(this.dataSource.manager, actor.principal.userId);
    if (email === null) throw new EntityNotFoundError('user');
    return email;
  }
}
