import { Body, Controller, Get, Inject, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type IsoDate } from '@app/calendar';
import {
  CaseworkReferralNotActiveError,
  CounsellingBudgetService,
  CounsellingInputInvalidError,
  ReferralNotFoundError,
  Role,
  type Actor,
} from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ApiErrors, BODY_ERRORS, documented } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { IdParam } from '../common/params.js';
import { BudgetHistoryResponse, BudgetResponse, CreateBudgetDto } from './budgets.dto.js';

const ReferralNotFound = documented(new ReferralNotFoundError());

/**
 * The household budgets of a referral (docs/debt-counselling-budget.md#budget): only the debt
 * advisors of the referral's provider while its consent is in force (else 404); every other role
 * 403. A budget is never changed: a new one is a new row. Every read is audited.
 */
@ApiTags('counselling')
@Controller('api/v1/referrals/:referralId/budgets')
export class BudgetsController {
  constructor(@Inject(CounsellingBudgetService) private readonly budgets: CounsellingBudgetService) {}

  @Get()
  @Operation({
    summary: "A referral's budget history",
    description:
      "Every budget of the referral's household, the newest first (the first is the current one), each with its calculation: disposable amount and ability to pay (betalingsevne) under the standard living amount in force on its date. Debt advisors of the referral's provider while the consent is in force. Audited as read (counselling_budget.read).",
    ok: BudgetHistoryResponse,
    errors: [ReferralNotFound],
  })
  @Allow(Role.DebtAdvisor)
  async history(
    @CurrentActor() actor: Actor,
    @IdParam('referralId') referralId: string,
  ): Promise<BudgetHistoryResponse> {
    return { items: (await this.budgets.history(actor, referralId)).map((b) => BudgetResponse.from(b)) };
  }

  @Post()
  @Operation({
    summary: 'Make a budget',
    description:
      'A new dated budget (the earlier ones stay, unchanged), on an accepted referral or one in contact, answered with its calculation. Refused with STANDARD_LIVING_AMOUNT_NOT_IN_FORCE when no rates are in force on its date, and with the rules’ codes for a bad line or household; nothing is written then. Debt advisors of the provider.',
    created: BudgetResponse,
    errors: [
      ...BODY_ERRORS,
      ReferralNotFound,
      documented(new CaseworkReferralNotActiveError('closed')),
      documented(new CounsellingInputInvalidError([{ code: 'BUDGET_APPROVAL_MISSING', field: 'fixed[0].approved' }])),
      ApiErrors.StandardLivingAmountNotInForce,
    ],
  })
  @Allow(Role.DebtAdvisor)
  async create(
    @CurrentActor() actor: Actor,
    @IdParam('referralId') referralId: string,
    @Body() body: CreateBudgetDto,
  ): Promise<BudgetResponse> {
    return BudgetResponse.from(
      await this.budgets.create(actor, referralId, {
        budgetOn: body.budgetOn as IsoDate,
        household: { adults: body.household.adults, childBirthDates: body.household.childBirthDates },
        lines: { income: body.income, fixed: body.fixed, flexible: body.flexible },
      }),
    );
  }
}
