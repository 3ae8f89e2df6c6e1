import { AppError, errorDetails, HttpErrorText, type ErrorDetail, type HttpErrorCode } from '@app/common';
import {
  AuthenticationRequiredError,
  CaseVersionConflictError,
  ConsentPeriodInvalidError,
  ConsentRecipientMismatchError,
  CprInvalidError,
  CvrTakenError,
  DateInFutureError,
  DepartmentNumberTakenError,
  EmailTakenError,
  emptyUpload,
  EntityInUseError,
  EntityNotFoundError,
  InvalidCredentialsError,
  LoginThrottledError,
  MunicipalityCodeTakenError,
  NoOpenCaseError,
  notAWorkbook,
  NoticeBeforeArrearsError,
  NoticeCorrectionWithoutNoticeError,
  NoticeDateChangedError,
  PasswordPolicyError,
  PersonAnonymisedError,
  PersonExistsError,
  PersonHasOpenCaseError,
  RoleNotAllowedError,
  ScopeMismatchError,
  StaleVersionError,
  TenancyExistsError,
  TenantNotInOrganisationError,
  TokenInvalidError,
  UnknownReferenceError,
  type DirectoryKind,
  type TransitionError,
  PaymentPlanAmountNotBalanceError,
  PaymentPlanInvalidError,
  RentAssistanceNotFoundError,
  RentAssistanceNotGrantedError,
  RentAssistanceRefusedError,
} from '@app/domain';
// The refusal texts of the legal steps are built by these functions; @app/domain exports only their types.
import {
  arrearsNotPaid,
  caseClosed,
  caseStageInvalid,
  dateBeforePreviousStep,
  dateInFuture,
  deadlineNotPassed,
  evictionDateInvalid,
  evictionDateUnchanged,
  feeInvalid,
  municipalityNoticeMissing,
  PREVIOUS_STEP_NAMES,
  nothingOwed,
  paymentDemandTooEarly,
  paymentPlanActive,
  paymentPlanNotActive,
  reasonMissing,
  receivedBeforeSent,
  terminationTooEarly,
  transitionErrorDetails,
} from '../../../../libs/domain/src/arrears/legal-steps/case-state-machine.errors.js';
import {
  fileMissing,
  incomplete,
  malformed,
  oneFileOnly,
  tooLarge,
  unsupportedUpload,
} from '../cases/import-upload.js';
import { StandardLivingAmountNotInForceError } from '@app/domain';
import { ExportTooLargeError } from '@app/domain';

/** One error an operation can answer with, as the API document shows it. */
export interface ApiErrorDoc {
  readonly status: number;
  readonly code: string;
  /**
   * A full body in the house shape (common/error.response.ts), in Danish: the default language.
   * Absent for the few codes whose text is still written inline in a service (see `unquoted`).
   */
  readonly example?: {
    statusCode: number;
    code: string;
    message: string;
    details: ErrorDetail[];
    requestId: string;
  };
}

const EXAMPLE_REQUEST_ID = '0f7c2d2e-8f7e-4a0e-9a55-6c1f7f0b7a11';

/** The document entry for a domain error: code, status, text and details come from the error itself. */
export function documented(error: AppError): ApiErrorDoc {
  return {
    status: error.statusCode,
    code: error.code,
    example: {
      statusCode: error.statusCode,
      code: error.code,
      message: error.text.da,
      details: errorDetails(error, 'da'),
      requestId: EXAMPLE_REQUEST_ID,
    },
  };
}

/** Refusals that are wrong input rather than the wrong moment answer 400 (ArrearsCaseService's INPUT_ERRORS). */
const INPUT_REFUSALS = new Set([
  'REASON_MISSING',
  'DATE_IN_FUTURE',
  'RECEIVED_BEFORE_SENT',
  'FEE_INVALID',
  'EVICTION_DATE_INVALID',
  'EVICTION_DATE_UNCHANGED',
  'DATE_BEFORE_PREVIOUS_STEP',
]);

/** A refused legal step, as ArrearsCaseService turns it into an HTTP error (the one details shape). */
function refusal(error: TransitionError): ApiErrorDoc {
  const details = transitionErrorDetails(error);
  return documented(new AppError(error.code, INPUT_REFUSALS.has(error.code) ? 400 : 409, error.text, details));
}

/** An error the HTTP layer raises itself (error-codes.ts). */
function http(code: HttpErrorCode, status: number, details?: unknown): ApiErrorDoc {
  return documented(new AppError(code, status, HttpErrorText[code], details));
}

/**
 * A code whose text is written inline where it is thrown (a service or the upload reader), so the
 * document names it without quoting a copy that could drift. Moving the text to an errors module
 * lets `documented()` quote it.
 */
function unquoted(code: string, status: number): ApiErrorDoc {
  return { status, code };
}

const notFound = (kind: DirectoryKind) => documented(new EntityNotFoundError(kind));
const inUse = (kind: DirectoryKind) => documented(new EntityInUseError(kind));
const day = (iso: string) => iso as never;

/**
 * Every error code the API document lists, with an example built from the domain's own error
 * classes and texts. Operations name the ones they can return in `@Operation({ errors })`.
 */
export const ApiErrors = {
  // HTTP layer
  ValidationFailed: http('VALIDATION_FAILED', 400, [
    { field: 'dueDate', rule: 'isCalendarDate', message: 'dueDate must be a calendar date (YYYY-MM-DD)' },
  ]),
  UnknownField: http('UNKNOWN_FIELD', 400, [{ field: 'colour', rule: 'whitelist', message: 'colour is not known' }]),
  MalformedJson: http('MALFORMED_JSON', 400),
  PayloadTooLarge: http('PAYLOAD_TOO_LARGE', 413),
  UnsupportedMediaType: http('UNSUPPORTED_MEDIA_TYPE', 415),
  ServiceUnavailable: http('SERVICE_UNAVAILABLE', 503),
  Conflict: http('CONFLICT', 409),
  ExportTooLarge: documented(new ExportTooLargeError(50_000)),

  CalendarDateOutOfRange: unquoted('CALENDAR_DATE_OUT_OF_RANGE', 400),

  // Access
  AuthenticationRequired: documented(new AuthenticationRequiredError()),
  TokenInvalid: documented(new TokenInvalidError('TOKEN_INVALID')),
  TokenExpired: documented(new TokenInvalidError('TOKEN_EXPIRED')),
  TokenRevoked: documented(new TokenInvalidError('TOKEN_REVOKED')),
  RefreshTokenReused: documented(new TokenInvalidError('REFRESH_TOKEN_REUSED')),
  RoleNotAllowed: documented(new RoleNotAllowedError()),
  InvalidCredentials: documented(new InvalidCredentialsError()),
  LoginThrottled: documented(new LoginThrottledError(60)),
  PasswordTooWeak: documented(new PasswordPolicyError()),
  ScopeMismatch: documented(new ScopeMismatchError('housing_caseworker' as never, ['housingOrganisationId'])),
  EmailTaken: documented(new EmailTakenError()),
  UserNotFound: notFound('user'),

  // Directory
  UnknownReference: documented(new UnknownReferenceError('municipalityId')),
  MunicipalityNotFound: notFound('municipality'),
  MunicipalityCodeTaken: documented(new MunicipalityCodeTakenError('101')),
  MunicipalityInUse: inUse('municipality'),
  HousingOrganisationNotFound: notFound('housing_organisation'),
  CvrTaken: documented(new CvrTakenError('12345678')),
  HousingOrganisationInUse: inUse('housing_organisation'),
  DepartmentNotFound: notFound('department'),
  DepartmentNumberTaken: documented(new DepartmentNumberTakenError('12')),
  DepartmentInUse: inUse('department'),
  ProbationUnitNotFound: notFound('probation_unit'),
  ProbationUnitInUse: inUse('probation_unit'),
  CounsellingProviderNotFound: notFound('counselling_provider'),
  CounsellingProviderInUse: inUse('counselling_provider'),

  // Personal data
  PersonNotFound: notFound('person'),
  PersonExists: documented(new PersonExistsError('3f2b8c1e-5d4a-4f6b-9e7d-2a1c0b9e8d7f')),
  CprInvalid: documented(new CprInvalidError('CPR_FORMAT')),
  PersonStaleVersion: documented(new StaleVersionError(4)),
  PersonAnonymised: documented(new PersonAnonymisedError()),
  PersonHasOpenCase: documented(new PersonHasOpenCaseError()),
  ConsentNotFound: notFound('consent'),
  ConsentRecipientMismatch: documented(new ConsentRecipientMismatchError('counselling_provider')),
  ConsentPeriodInvalid: documented(new ConsentPeriodInvalidError()),

  // Tenancies and cases
  TenancyNotFound: notFound('tenancy'),
  TenancyExists: documented(new TenancyExistsError('8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f')),
  TenantNotInOrganisation: documented(new TenantNotInOrganisationError()),
  UnknownDepartment: documented(new UnknownReferenceError('departmentId')),
  CaseNotFound: notFound('arrears_case'),
  NoOpenCase: documented(new NoOpenCaseError()),
  CaseVersionConflict: documented(new CaseVersionConflictError(3, 2)),
  CaseStageInvalid: refusal(caseStageInvalid('registered', 'terminate', ['send_payment_demand', 'close'])),
  CaseClosed: refusal(caseClosed('closed')),
  DateInFuture: refusal(dateInFuture('on', day('2026-12-24'), day('2026-12-01'))),
  DateBeforePreviousStep: refusal(
    dateBeforePreviousStep('on', day('2026-10-01'), {
      name: PREVIOUS_STEP_NAMES.paymentDemand,
      date: day('2026-10-05'),
    }),
  ),
  PaymentDemandTooEarly: refusal(paymentDemandTooEarly(day('2026-10-02'), day('2026-10-07'), day('2026-10-01'))),
  ReceivedBeforeSent: refusal(receivedBeforeSent(day('2026-10-08'), day('2026-10-07'))),
  NothingOwed: refusal(nothingOwed('termination', 0)),
  DeadlineNotPassed: refusal(deadlineNotPassed(day('2026-10-20'), day('2026-10-22'), day('2026-10-23'))),
  TerminationTooEarly: refusal(terminationTooEarly(day('2026-10-22'), day('2026-10-22'), day('2026-10-23'))),
  MunicipalityNoticeMissing: refusal(municipalityNoticeMissing(day('2026-11-10'), null)),
  EvictionDateInvalid: refusal(evictionDateInvalid(day('2026-11-20'), day('2026-11-18'))),
  EvictionDateUnchanged: refusal(evictionDateUnchanged(day('2026-12-15'))),
  ArrearsNotPaid: refusal(arrearsNotPaid(685_000)),
  FeeInvalid: refusal(feeInvalid(-100)),
  ReasonMissing: refusal(reasonMissing()),

  // Payment plans
  PaymentPlanNotFound: notFound('payment_plan'),
  PaymentPlanActive: refusal(paymentPlanActive('terminate')),
  PaymentPlanNotActive: refusal(paymentPlanNotActive('registered')),
  NothingOwedForPlan: refusal(nothingOwed('payment_plan', 0)),
  DateBeforePaymentPlan: refusal(
    dateBeforePreviousStep('on', day('2026-11-30'), { name: PREVIOUS_STEP_NAMES.paymentPlan, date: day('2026-12-01') }),
  ),
  PaymentPlanAmountInvalid: documented(
    new PaymentPlanInvalidError({ code: 'PAYMENT_PLAN_AMOUNT_INVALID', field: 'amountOre', details: { amountOre: 0 } }),
  ),
  PaymentPlanAmountNotBalance: documented(new PaymentPlanAmountNotBalanceError(600_000, 650_000)),
  PaymentPlanInstalmentInvalid: documented(
    new PaymentPlanInvalidError({
      code: 'PAYMENT_PLAN_INSTALMENT_INVALID',
      field: 'instalmentOre',
      details: { instalmentOre: 0 },
    }),
  ),
  PaymentPlanInstalmentCountInvalid: documented(
    new PaymentPlanInvalidError({
      code: 'PAYMENT_PLAN_INSTALMENT_COUNT_INVALID',
      field: 'instalmentCount',
      details: { instalmentCount: 61, max: 60 },
    }),
  ),
  PaymentPlanDoesNotClear: documented(
    new PaymentPlanInvalidError({
      code: 'PAYMENT_PLAN_DOES_NOT_CLEAR',
      field: 'instalmentCount',
      details: { amountOre: 650_000, instalmentOre: 100_000, instalmentCount: 6, clearsOre: 600_000, needed: 7 },
    }),
  ),
  PaymentPlanTooManyInstalments: documented(
    new PaymentPlanInvalidError({
      code: 'PAYMENT_PLAN_TOO_MANY_INSTALMENTS',
      field: 'instalmentCount',
      details: { amountOre: 650_000, instalmentOre: 100_000, instalmentCount: 8, needed: 7 },
    }),
  ),
  PaymentPlanFirstDueBeforeAgreement: documented(
    new PaymentPlanInvalidError({
      code: 'PAYMENT_PLAN_FIRST_DUE_BEFORE_AGREEMENT',
      field: 'firstDueOn',
      details: { firstDueOn: '2026-11-30', agreedOn: '2026-12-01' },
    }),
  ),
  PaymentPlanFirstDueTooLate: documented(
    new PaymentPlanInvalidError({
      code: 'PAYMENT_PLAN_FIRST_DUE_TOO_LATE',
      field: 'firstDueOn',
      details: { firstDueOn: '2028-01-01', agreedOn: '2026-12-01', latest: '2027-12-01' },
    }),
  ),

  InvalidCursor: unquoted('INVALID_CURSOR', 400),
  PaymentDateInFuture: documented(new DateInFutureError('paidOn', day('2026-12-24'), day('2026-12-01'))),
  NoticeDateInFuture: documented(new DateInFutureError('noticeOn', day('2026-12-24'), day('2026-12-01'))),
  NoticeBeforeArrears: documented(new NoticeBeforeArrearsError(day('2026-08-15'), day('2026-09-01'))),
  NoticeDateChanged: documented(new NoticeDateChangedError(day('2026-11-12'), day('2026-11-10'))),
  NoticeCorrectionWithoutNotice: documented(new NoticeCorrectionWithoutNoticeError()),

  // Imports
  ImportNotFound: notFound('arrears_import'),
  ImportUnsupportedFile: documented(unsupportedUpload()),
  ImportUploadIncomplete: documented(incomplete()),
  ImportUploadMalformed: documented(malformed()),
  ImportOneFileOnly: documented(oneFileOnly()),
  ImportFileMissing: documented(fileMissing()),
  ImportEmptyFile: documented(emptyUpload()),
  ImportNotAWorkbook: documented(notAWorkbook()),
  ImportFileTooLarge: documented(tooLarge(50 * 1024 * 1024)),

  // Warnings
  InboxItemNotFound: notFound('inbox_item'),
  NotAcknowledgeable: unquoted('NOT_ACKNOWLEDGEABLE', 409),
  AlreadyAcknowledged: unquoted('ALREADY_ACKNOWLEDGED', 409),
  NotificationNotFound: notFound('notification'),
  NotificationNotUndelivered: unquoted('NOTIFICATION_NOT_UNDELIVERED', 409),
  AgreementPeriodInvalid: unquoted('AGREEMENT_PERIOD_INVALID', 400),
  InvalidEmail: unquoted('INVALID_EMAIL', 400),

  // Rent assistance (huslejehjælp, boligstøtte)
  RentAssistanceNotFound: documented(new RentAssistanceNotFoundError()),
  RentAssistanceNotGranted: documented(new RentAssistanceNotGrantedError()),
  RentAssistanceStaleVersion: documented(new StaleVersionError(2, 1)),
  RentAssistanceAppliedInFuture: documented(
    new RentAssistanceRefusedError({
      code: 'DATE_IN_FUTURE',
      field: 'appliedOn',
      date: day('2026-12-24'),
      today: day('2026-12-01'),
    }),
  ),
  RentAssistanceKindInvalid: documented(
    new RentAssistanceRefusedError({ code: 'RENT_ASSISTANCE_KIND_INVALID', field: 'kind' }),
  ),
  RentAssistanceDecidedBeforeApplied: documented(
    new RentAssistanceRefusedError({
      code: 'RENT_ASSISTANCE_DECIDED_BEFORE_APPLIED',
      field: 'decidedOn',
      decidedOn: day('2026-11-01'),
      appliedOn: day('2026-11-10'),
    }),
  ),
  RentAssistanceAmountRequired: documented(
    new RentAssistanceRefusedError({ code: 'RENT_ASSISTANCE_AMOUNT_REQUIRED', field: 'amountOre' }),
  ),
  RentAssistanceAmountNotAllowed: documented(
    new RentAssistanceRefusedError({ code: 'RENT_ASSISTANCE_AMOUNT_NOT_ALLOWED', field: 'amountOre' }),
  ),
  RentAssistanceAlreadyDecided: documented(
    new RentAssistanceRefusedError({
      code: 'RENT_ASSISTANCE_ALREADY_DECIDED',
      field: 'correctionReason',
      decision: 'refused',
    }),
  ),
  RentAssistanceNotDecided: documented(
    new RentAssistanceRefusedError({ code: 'RENT_ASSISTANCE_NOT_DECIDED', field: 'correctionReason' }),
  ),
  RentAssistanceReasonMissing: documented(
    new RentAssistanceRefusedError({ code: 'RENT_ASSISTANCE_REASON_MISSING', field: 'correctionReason' }),
  ),

  // Debt counselling
  StandardLivingAmountNotInForce: documented(new StandardLivingAmountNotInForceError(day('2023-12-31'))),
} satisfies Record<string, ApiErrorDoc>;

/** What a request body can fail on before any rule is checked. */
export const BODY_ERRORS: readonly ApiErrorDoc[] = [
  ApiErrors.ValidationFailed,
  ApiErrors.UnknownField,
  ApiErrors.MalformedJson,
];
