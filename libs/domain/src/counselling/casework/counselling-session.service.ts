import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { copenhagenDateOf, type IsoDate } from '@app/calendar';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { type Actor } from '../../access/roles.js';
import { AuditService } from '../../audit/audit.service.js';
import {
  ConsentWithdrawalHooks,
  type ConsentWithdrawalListener,
} from '../../personal-data/consent-withdrawal.hooks.js';
import { PersonalDataCipher } from '../../personal-data/personal-data-cipher.js';
import { StaleVersionError } from '../../personal-data/personal-data.errors.js';
import { WarningEngine } from '../../warnings/warning-engine.service.js';
import { WarningRepository } from '../../warnings/warning.repository.js';
import { COUNSELLING_NEXT_ACTION_RULE } from '../../warnings/warning-rules.js';
import { CounsellingInputInvalidError } from '../budget/budget.errors.js';
import { validateSession, type SessionChannel, type SessionInput, type SessionTopic } from '../budget/session-rules.js';
import { referralAnswerBy } from '../referrals/referral-rules.js';
import { ReferralService } from '../referrals/referral.service.js';
import { CaseworkAccess } from './casework-access.service.js';
import { nextActionOverdue, sessionIsFirstContact } from './casework-rules.js';
import { CounsellingSessionNotFoundError, NextActionMissingError } from './casework.errors.js';
import { CounsellingSessionRepository, type SessionRow } from './counselling-session.repository.js';

/** A session as the provider's debt advisors read it (the only readers: the note is in it). */
export interface SessionView {
  id: string;
  referralId: string;
  heldOn: IsoDate;
  channel: SessionChannel;
  minutes: number;
  topics: SessionTopic[];
  nextAction: { text: string; dueOn: IsoDate; doneOn: IsoDate | null; overdue: boolean } | null;
  /** Sensitive: decrypted for the provider's advisors only; never in emails, logs, exports or audit details. */
  note: string | null;
  recordedBy: string;
  version: number;
  createdAt: Date;
}

export interface SessionCreated {
  session: SessionView;
  /** The session was the referral's first contact (accepted → in contact, on the session's date). */
  firstContact: boolean;
}

/**
 * The sessions of a referral (issue 14, item 2; docs/debt-counselling.md#sessions): recorded by the
 * provider's debt advisors on an accepted referral or one in contact, the note encrypted at rest
 * with the personal-data cipher, every read audited. A session on an accepted referral with no
 * first contact records the first contact through the referral's own step. The sweeper reminds the
 * provider of a next action past its due date (rule `counselling-next-action-due`).
 */
@Injectable()
export class CounsellingSessionService implements OnModuleInit, ConsentWithdrawalListener {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CaseworkAccess) private readonly access: CaseworkAccess,
    @Inject(CounsellingSessionRepository) private readonly sessions: CounsellingSessionRepository,
    @Inject(ReferralService) private readonly referrals: ReferralService,
    @Inject(PersonalDataCipher) private readonly cipher: PersonalDataCipher,
    @Inject(WarningEngine) private readonly engine: WarningEngine,
    @Inject(WarningRepository) private readonly warnings: WarningRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ConsentWithdrawalHooks) private readonly withdrawalHooks: ConsentWithdrawalHooks,
  ) {}

  onModuleInit(): void {
    this.withdrawalHooks.register(this);
  }

  /** The referral's sessions, the latest first; one `counselling_session.read` audit row. */
  async list(actor: Actor, referralId: string, now: Date = new Date()): Promise<SessionView[]> {
    const today = copenhagenDateOf(now);
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.access.readable(manager, actor, referralId);
      const rows = await this.sessions.listOf(manager, referral.id);
      await this.audit.record(manager, actor, [
        {
          action: 'counselling_session.read',
          entityType: 'referral',
          entityId: referral.id,
          personId: referral.personId,
          details: { sessions: rows.length },
        },
      ]);
      return rows.map((row) => this.view(row, today));
    });
  }

  async create(actor: Actor, referralId: string, input: SessionInput, now: Date = new Date()): Promise<SessionCreated> {
    const today = copenhagenDateOf(now);
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.access.writable(manager, actor, referralId);
      const [first, ...rest] = validateSession(input, today);
      if (first) throw new CounsellingInputInvalidError([first, ...rest]);
      const heldOn = input.date as IsoDate;
      const firstContact = sessionIsFirstContact(referral);
      // Refused like the step itself (REFERRAL_DATE_BEFORE_ACCEPTANCE): the whole transaction rolls back.
      if (firstContact) await this.referrals.firstContactBySession(manager, actor, referral, heldOn, now);
      const note = input.note?.trim() ? input.note.trim() : null;
      const id = randomUUID();
      await this.sessions.insert(manager, {
        id,
        referralId: referral.id,
        heldOn,
        channel: input.channel as SessionChannel,
        minutes: input.minutes,
        topics: input.topics as SessionTopic[],
        nextAction: input.nextAction
          ? { text: input.nextAction.text.trim(), dueOn: input.nextAction.dueDate as IsoDate }
          : null,
        note: note ? this.cipher.encrypt(note) : null,
        recordedBy: actor.principal.userId,
      });
      // Never the note or the next action's text: the audit log is read by administrators.
      await this.audit.record(manager, actor, [
        {
          action: 'counselling_session.create',
          entityType: 'counselling_session',
          entityId: id,
          personId: referral.personId,
          details: { referralId: referral.id, firstContact },
        },
      ]);
      const row = await this.sessions.find(manager, referral.id, id);
      return { session: this.view(row!, today), firstContact };
    });
  }

  /**
   * Marks a session's next action done (today) or not done, with the version last read. Done
   * acknowledges its reminder if the sweeper raised one (its escalation stops).
   */
  async setNextActionDone(
    actor: Actor,
    referralId: string,
    sessionId: string,
    version: number,
    done: boolean,
    now: Date = new Date(),
  ): Promise<SessionView> {
    const today = copenhagenDateOf(now);
    return this.dataSource.transaction(async (manager) => {
      const referral = await this.access.writable(manager, actor, referralId);
      const session = await this.sessions.find(manager, referral.id, sessionId, true);
      if (!session) throw new CounsellingSessionNotFoundError();
      if (session.version !== version) throw new StaleVersionError(session.version, version);
      if (session.nextActionText === null) throw new NextActionMissingError();
      await this.sessions.setNextActionDone(
        manager,
        session.id,
        session.version,
        done ? { on: session.nextActionDoneOn ?? today, by: actor.principal.userId } : null,
      );
      if (done) {
        const reminder = await this.sessions.reminderWarningId(manager, referral.caseId, session.id);
        if (reminder)
          await this.access.acknowledge(manager, actor.principal.userId, reminder, 'next_action_done', today);
      }
      await this.audit.record(manager, actor, [
        {
          action: 'counselling_session.next_action',
          entityType: 'counselling_session',
          entityId: session.id,
          personId: referral.personId,
          details: { referralId: referral.id, done },
        },
      ]);
      return this.view((await this.sessions.find(manager, referral.id, session.id))!, today);
    });
  }

  /**
   * The next-action reminder (run by the worker's warning sweep, with `now` so tests move time):
   * each session whose next action was due before today and is not done, on a referral the
   * provider still works with its consent in force, gets one warning `counselling-next-action-due`
   * to the provider — name and address only —, escalated to its team leads when nobody marks the
   * action done. Once per session, also when the sweep runs twice or on two workers at once.
   */
  async remindDueNextActions(now: Date = new Date()): Promise<number> {
    const today = copenhagenDateOf(now);
    return this.dataSource.transaction(async (manager) => {
      let raised = 0;
      for (const candidate of await this.sessions.nextActionDueCandidates(manager, today)) {
        if (!nextActionOverdue({ dueOn: candidate.dueOn, doneOn: null }, today)) continue;
        const warningId = await this.engine.raiseNextActionDue(manager, {
          id: candidate.sessionId,
          caseId: candidate.caseId,
          person: { id: candidate.personId, name: candidate.personName },
          providerId: candidate.counsellingProviderId,
          senderName: await this.access.senderName(manager, candidate),
          dueOn: candidate.dueOn,
          today,
          acknowledgeBy: referralAnswerBy(
            today,
            COUNSELLING_NEXT_ACTION_RULE.acknowledgeWithin.normal,
            this.config.calendar,
          ),
        });
        if (warningId) raised++;
      }
      return raised;
    });
  }

  /**
   * A consent was withdrawn (in the withdrawal's transaction; the referral service closes the
   * referrals): the next-action reminders of their sessions are acknowledged and keep no name or
   * address, as the referral's own warnings.
   */
  async consentWithdrawn(manager: EntityManager, actor: Actor, consent: { id: string }): Promise<void> {
    const reminders = await this.sessions.openRemindersForConsent(manager, consent.id);
    if (reminders.length === 0) return;
    const today = copenhagenDateOf(new Date());
    for (const warningId of reminders) {
      await this.access.acknowledge(manager, actor.principal.userId, warningId, 'consent_withdrawn', today);
    }
    await this.warnings.eraseCopies(manager, reminders);
  }

  private view(row: SessionRow, today: IsoDate): SessionView {
    return {
      id: row.id,
      referralId: row.referralId,
      heldOn: row.heldOn,
      channel: row.channel,
      minutes: row.minutes,
      topics: row.topics,
      nextAction:
        row.nextActionText !== null && row.nextActionDueOn !== null
          ? {
              text: row.nextActionText,
              dueOn: row.nextActionDueOn,
              doneOn: row.nextActionDoneOn,
              overdue: nextActionOverdue({ dueOn: row.nextActionDueOn, doneOn: row.nextActionDoneOn }, today),
            }
          : null,
      note: row.note ? this.cipher.decrypt(row.note) : null,
      recordedBy: row.recordedBy,
      version: row.version,
      createdAt: row.createdAt,
    };
  }
}
