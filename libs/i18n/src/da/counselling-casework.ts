/** The debt advisor's casework on a referral (sessions, debts, budgets): its refusals. */
export const counsellingCasework = {
  COUNSELLING_REFERRAL_NOT_ACTIVE: (p: { status: string }) =>
    `Samtaler, gæld og budgetter registreres kun på en henvisning, der er accepteret eller i kontakt. Henvisningen er ${p.status}.`,
  COUNSELLING_SESSION_NOT_FOUND: 'Samtalen findes ikke på henvisningen.',
  COUNSELLING_DEBT_NOT_FOUND: 'Gælden findes ikke på henvisningen.',
  COUNSELLING_NEXT_ACTION_MISSING: 'Samtalen har ingen næste handling at markere som udført.',
  details: {
    referralStatus: 'Acceptér henvisningen først; en afsluttet henvisning kan kun læses.',
    nextAction: 'Kun en samtale med en næste handling kan markeres som udført.',
  },
};
