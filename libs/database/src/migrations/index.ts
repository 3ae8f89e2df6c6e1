import { Foundation1764100000000 } from './1764100000000-Foundation.js';
import { AccessAndPersonalData1764200000000 } from './1764200000000-AccessAndPersonalData.js';
import { ArrearsCases1764300000000 } from './1764300000000-ArrearsCases.js';
import { Warnings1764400000000 } from './1764400000000-Warnings.js';
import { ImportAttempts1764510000000 } from './1764510000000-ImportAttempts.js';
import { IdempotencyReservations1764520000000 } from './1764520000000-IdempotencyReservations.js';
import { CaseListOrder1764590000000 } from './1764590000000-CaseListOrder.js';
import { ImportEncodingAndWorkbooks1764610000000 } from './1764610000000-ImportEncodingAndWorkbooks.js';
import { BalanceForward1764620000000 } from './1764620000000-BalanceForward.js';
import { CounsellingReferrals1764630000000 } from './1764630000000-CounsellingReferrals.js';
import { StandardLivingAmount1764640000000 } from './1764640000000-StandardLivingAmount.js';
import { PaymentPlans1764650000000 } from './1764650000000-PaymentPlans.js';
import { PaymentPlanSweep1764660000000 } from './1764660000000-PaymentPlanSweep.js';
import { RentAssistanceApplications1764680000000 } from './1764680000000-RentAssistanceApplications.js';
import { CounsellingCasework1764670000000 } from './1764670000000-CounsellingCasework.js';
import { CustodyEpisodes1764690000000 } from './1764690000000-CustodyEpisodes.js';
import { CustodyNotices1764700000000 } from './1764700000000-CustodyNotices.js';
import { CustodyHousingPlansAndReleaseTasks1764710000000 } from './1764710000000-CustodyHousingPlansAndReleaseTasks.js';
import { CaseOutcomes1764730000000 } from './1764730000000-CaseOutcomes.js';
import { StatisticsAggregates1764731000000 } from './1764731000000-StatisticsAggregates.js';
import { RiskModelFits1764740000000 } from './1764740000000-RiskModelFits.js';
import { PaymentPlanCheckMissedIndex1764770000000 } from './1764770000000-PaymentPlanCheckMissedIndex.js';
import { StatisticsReadPath1764790000000 } from './1764790000000-StatisticsReadPath.js';
import { StatisticsTimeToActHistograms1764800000000 } from './1764800000000-StatisticsTimeToActHistograms.js';
import { StatisticsTimeToActPeriods1764810000000 } from './1764810000000-StatisticsTimeToActPeriods.js';
import { SessionStateNotifications1764820000000 } from './1764820000000-SessionStateNotifications.js';
import { ClosedCaseTenancyIndex1764830000000 } from './1764830000000-ClosedCaseTenancyIndex.js';

/** Every migration, in order. Listed explicitly: no file globbing at run time. */
export const MIGRATIONS = [
  Foundation1764100000000,
  AccessAndPersonalData1764200000000,
  ArrearsCases1764300000000,
  Warnings1764400000000,
  ImportAttempts1764510000000,
  IdempotencyReservations1764520000000,
  CaseListOrder1764590000000,
  ImportEncodingAndWorkbooks1764610000000,
  BalanceForward1764620000000,
  CounsellingReferrals1764630000000,
  StandardLivingAmount1764640000000,
  PaymentPlans1764650000000,
  PaymentPlanSweep1764660000000,
  RentAssistanceApplications1764680000000,
  CounsellingCasework1764670000000,
  CustodyEpisodes1764690000000,
  CustodyNotices1764700000000,
  CustodyHousingPlansAndReleaseTasks1764710000000,
  CaseOutcomes1764730000000,
  StatisticsAggregates1764731000000,
  RiskModelFits1764740000000,
  PaymentPlanCheckMissedIndex1764770000000,
  StatisticsReadPath1764790000000,
  StatisticsTimeToActHistograms1764800000000,
  StatisticsTimeToActPeriods1764810000000,
  SessionStateNotifications1764820000000,
  ClosedCaseTenancyIndex1764830000000,
];
