import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { structuredLogging } from '@app/common';
import { ConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DomainModule, SessionChangeListener } from '@app/domain';
import { MailModule } from '@app/mail';
import { QueueModule } from '@app/queue';
import { AdminSessionController } from './admin/admin-session.controller.js';
import { QueueBoardModule } from './admin/queue-board.module.js';
import { AuditController } from './audit/audit.controller.js';
import { CalendarController } from './calendar/calendar.controller.js';
import { CasesController } from './cases/cases.controller.js';
import { ImportsController } from './cases/imports.controller.js';
import { PaymentPlanSettingsController } from './cases/payment-plan-settings.controller.js';
import { PaymentPlansController } from './cases/payment-plans.controller.js';
import { RentAssistanceController } from './cases/rent-assistance.controller.js';
import { TenanciesController } from './cases/tenancies.controller.js';
import { IdempotencyInterceptor } from './common/idempotency.interceptor.js';
import { AccessGuard } from './auth/access.guard.js';
import { AuthController } from './auth/auth.controller.js';
import { BrowserSessionController } from './auth/browser-session.controller.js';
import { StandardLivingAmountsController } from './counselling/standard-living-amounts.controller.js';
import { CounsellingProvidersController, ProbationUnitsController } from './directory/contact-entry.controller.js';
import { ReferralSettingsController } from './counselling/referral-settings.controller.js';
import { ReferralsController } from './counselling/referrals.controller.js';
import { CustodyEpisodesController } from './probation/custody-episodes.controller.js';
import { CustodyPlanningController } from './probation/custody-planning.controller.js';
import { ReleaseTasksController } from './probation/release-tasks.controller.js';
import { CustodyNoticeSettingsController } from './probation/custody-notice-settings.controller.js';
import { BudgetsController } from './counselling/budgets.controller.js';
import { DebtsController } from './counselling/debts.controller.js';
import { SessionsController } from './counselling/sessions.controller.js';
import { DepartmentsController } from './directory/departments.controller.js';
import { HousingOrganisationsController } from './directory/housing-organisations.controller.js';
import { HealthController } from './health/health.controller.js';
import { HealthProbes } from './health/health-probes.service.js';
import { MunicipalitiesController } from './directory/municipalities.controller.js';
import { PersonsController } from './persons/persons.controller.js';
import { StatisticsController } from './statistics/statistics.controller.js';
import { StatisticsExportController } from './statistics/statistics-export.controller.js';
import { UsersController } from './users/users.controller.js';
import { ComparisonController } from './statistics/comparison.controller.js';
import { InboxController } from './warnings/inbox.controller.js';
import {
  CooperationAgreementsController,
  NotificationSettingsController,
  WarningsController,
} from './warnings/warnings.controller.js';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        structuredLogging(config.log.level),
        DatabaseModule.forRoot(config, 'eviction-prevention-api'),
        QueueModule,
        MailModule,
        DomainModule,
        TerminusModule.forRoot({ logger: false }),
        QueueBoardModule,
      ],
      controllers: [
        AuthController,
        BrowserSessionController,
        MunicipalitiesController,
        HousingOrganisationsController,
        DepartmentsController,
        ProbationUnitsController,
        CounsellingProvidersController,
        UsersController,
        PersonsController,
        AuditController,
        CalendarController,
        TenanciesController,
        CasesController,
        PaymentPlansController,
        PaymentPlanSettingsController,
        RentAssistanceController,
        ImportsController,
        InboxController,
        WarningsController,
        CooperationAgreementsController,
        NotificationSettingsController,
        ReferralsController,
        CustodyEpisodesController,
        CustodyPlanningController,
        ReleaseTasksController,
        CustodyNoticeSettingsController,
        SessionsController,
        DebtsController,
        BudgetsController,
        ReferralSettingsController,
        StandardLivingAmountsController,
        HealthController,
        AdminSessionController,
        StatisticsController,
        ComparisonController,
        StatisticsExportController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        IdempotencyInterceptor,
        HealthProbes,
        // Keeps the session state cache of this process as fresh as a read (the worker has none).
        SessionChangeListener,
      ],
    };
  }
}
