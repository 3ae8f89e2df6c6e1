import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CaseworkReferralNotActiveError,
  CounsellingDebtNotFoundError,
  CounsellingDebtService,
  CounsellingInputInvalidError,
  ReferralNotFoundError,
  Role,
  StaleVersionError,
  type Actor,
} from '@app/domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ApiErrors, BODY_ERRORS, documented } from '../common/api-errors.js';
import { Operation } from '../common/operation.decorator.js';
import { IdParam } from '../common/params.js';
import { CreateDebtDto, DebtOverviewResponse, DebtResponse, DeleteDebtQuery, UpdateDebtDto } from './debts.dto.js';

const ReferralNotFound = documented(new ReferralNotFoundError());
const NotActive = documented(new CaseworkReferralNotActiveError('closed'));
const DebtNotFound = documented(new CounsellingDebtNotFoundError());
const StaleVersion = documented(new StaleVersionError(2, 1));
const Invalid = documented(
  new CounsellingInputInvalidError([{ code: 'DEBT_RENT_ARREARS_FROM_LEDGER', field: 'kind' }]),
);

/**
 * The debts of a referral's household (docs/debt-counselling.md#debts): only the debt advisors of
 * the referral's provider while its consent is in force (else 404); every other role 403. Every read
 * is audited.
 */
@ApiTags('counselling')
@Controller('api/v1/referrals/:referralId/debts')
export class DebtsController {
  constructor(@Inject(CounsellingDebtService) private readonly debts: CounsellingDebtService) {}

  @Get()
  @Operation({
    summary: "A referral's debt overview",
    description:
      "The household's debts, priority debts first, with totals (priority, non-priority, all; a written-off debt is listed, not counted). The rent-arrears line is the case's ledger balance now (never stored), with the running payment plan's instalment as its monthly payment. Debt advisors of the referral's provider while the consent is in force. Audited as read (counselling_debt.read).",
    ok: DebtOverviewResponse,
    errors: [ReferralNotFound],
  })
  @Allow(Role.DebtAdvisor)
  async overview(
    @CurrentActor() actor: Actor,
    @IdParam('referralId') referralId: string,
  ): Promise<DebtOverviewResponse> {
    return DebtOverviewResponse.from(await this.debts.overview(actor, referralId));
  }

  @Post()
  @Operation({
    summary: 'Add a debt',
    description:
      'A debt typed in by the advisor, on an accepted referral or one in contact. Rent arrears to the case’s landlord are refused (DEBT_RENT_ARREARS_FROM_LEDGER): they come from the ledger. Debt advisors of the provider.',
    created: DebtResponse,
    errors: [...BODY_ERRORS, ReferralNotFound, NotActive, Invalid],
  })
  @Allow(Role.DebtAdvisor)
  async create(
    @CurrentActor() actor: Actor,
    @IdParam('referralId') referralId: string,
    @Body() body: CreateDebtDto,
  ): Promise<DebtResponse> {
    return DebtResponse.from(
      await this.debts.create(actor, referralId, {
        creditor: body.creditor,
        kind: body.kind,
        status: body.status,
        underEnforcement: body.underEnforcement ?? false,
        amountOwedOre: body.amountOwedOre,
        monthlyPaymentOre: body.monthlyPaymentOre,
      }),
    );
  }

  @Patch(':debtId')
  @Operation({
    summary: 'Change a debt',
    description:
      'Changes the fields given, with the version last read; the whole line is checked again. To write a debt off set status written_off (it stays listed, uncounted). Debt advisors of the provider.',
    ok: DebtResponse,
    errors: [...BODY_ERRORS, ReferralNotFound, NotActive, DebtNotFound, StaleVersion, Invalid],
  })
  @Allow(Role.DebtAdvisor)
  async update(
    @CurrentActor() actor: Actor,
    @IdParam('referralId') referralId: string,
    @IdParam('debtId') debtId: string,
    @Body() body: UpdateDebtDto,
  ): Promise<DebtResponse> {
    const { version, ...change } = body;
    return DebtResponse.from(await this.debts.update(actor, referralId, debtId, version, change));
  }

  @Delete(':debtId')
  @Operation({
    summary: 'Delete a debt entered by mistake',
    description:
      'Removes the line, with the version last read (`?version=`). A debt that was forgiven is not deleted but set to written_off. Debt advisors of the provider.',
    noContent: 'Deleted',
    errors: [ApiErrors.ValidationFailed, ReferralNotFound, NotActive, DebtNotFound, StaleVersion],
  })
  @Allow(Role.DebtAdvisor)
  @HttpCode(204)
  async remove(
    @CurrentActor() actor: Actor,
    @IdParam('referralId') referralId: string,
    @IdParam('debtId') debtId: string,
    @Query() query: DeleteDebtQuery,
  ): Promise<void> {
    await this.debts.remove(actor, referralId, debtId, query.version);
  }
}
