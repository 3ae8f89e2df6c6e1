/**
 * Payment plans (afdragsordning): why a plan's terms were refused
 * (libs/domain/src/arrears/payment-plan/payment-plan.errors.ts). Amounts and dates come already
 * written in the reader's language.
 */
export const paymentPlans = {
  PAYMENT_PLAN_AMOUNT_INVALID: 'Beløbet, der skal afdrages, skal være et positivt helt antal øre.',
  PAYMENT_PLAN_AMOUNT_NOT_BALANCE: (p: { amount: string; balance: string }) =>
    `Afdragsordningen skal dække restancen, som den står nu (${p.balance}), ikke ${p.amount}`,
  PAYMENT_PLAN_INSTALMENT_INVALID: 'Afdraget skal være et positivt helt antal øre.',
  PAYMENT_PLAN_INSTALMENT_COUNT_INVALID: (p: { max: string }) => `Antallet af afdrag skal være fra 1 til ${p.max}.`,
  PAYMENT_PLAN_DOES_NOT_CLEAR: (p: {
    count: string;
    instalment: string;
    clears: string;
    amount: string;
    needed: string;
  }) =>
    // No full stop after the amount: the Danish one already ends in "kr.".
    `Der skal mindst ${p.needed} afdrag til: ${p.count} afdrag på ${p.instalment} dækker kun ${p.clears} af ${p.amount}`,
  PAYMENT_PLAN_TOO_MANY_INSTALMENTS: (p: { count: string; needed: string }) =>
    `Restancen er betalt efter ${p.needed} afdrag; ${p.count} afdrag ville give et sidste afdrag på 0 kr.`,
  PAYMENT_PLAN_FIRST_DUE_BEFORE_AGREEMENT: (p: { first: string; agreed: string }) =>
    `Første afdrag (${p.first}) kan ikke forfalde før aftalen er indgået (${p.agreed}).`,
  PAYMENT_PLAN_FIRST_DUE_TOO_LATE: (p: { first: string; latest: string }) =>
    `Første afdrag (${p.first}) skal forfalde senest et år efter aftalen, dvs. senest ${p.latest}.`,
  PAYMENT_PLAN_GRACE_DAYS_INVALID: (p: { max: string }) => `Respitdagene skal være fra 0 til ${p.max}.`,
  PAYMENT_PLAN_BREAK_AFTER_MISSES_INVALID: (p: { max: string }) =>
    `Antallet af misligholdte afdrag, der bryder en afdragsordning, skal være fra 1 til ${p.max}.`,
  PAYMENT_PLAN_CURRENT_RENT_REQUIRED:
    'En afdragsordning forudsætter, at den løbende husleje også betales; det kan ikke fravælges.',
  frequencies: {
    monthly: 'månedlig',
    fortnightly: 'hver 14. dag',
    weekly: 'ugentlig',
  },
  statuses: {
    active: 'løbende',
    completed: 'gennemført',
    broken: 'misligholdt',
  },
};
