import { type Messages } from '../catalogue.js';

type Mail = Messages['mail'];

const kinds: Mail['kinds'] = {
  'statutory-eviction-notice': 'notice of eviction proceedings (s. 92(2))',
  'arrears-registered': 'rent arrears registered',
  'payment-demand-sent': 'payment demand (påkrav) sent',
  'deadline-passed': 'payment deadline passed',
  terminated: 'tenancy terminated',
  'eviction-scheduled-reminder': 'eviction date approaching',
  'referral-sent': 'referral to debt counselling',
  'referral-first-contact-overdue': 'no first contact after a referral',
  'payment-plan-instalment-missed': 'payment plan instalment missed',
  'payment-plan-broken': 'payment plan broken',
  'counselling-next-action-due': 'a next action in the debt counselling is not done',
  'custody-arrears-registered': 'rent arrears registered while the tenant is in custody',
  'custody-notice': 'the tenant is in custody – contact during the absence',
  'custody-contact-updated': 'new contact while the tenant is in custody',
  'custody-released': 'the tenant has been released',
  'custody-release-reminder': 'a reminder about the release plan',
};

const eventLines: Mail['eventLines'] = {
  'statutory-eviction-notice': (p) => `Notice of eviction proceedings given on ${p.date}`,
  'arrears-registered': (p) => `Rent arrears registered on ${p.date}`,
  'payment-demand-sent': (p) => `Payment demand (påkrav) sent on ${p.date}`,
  'deadline-passed': (p) => `Payment deadline passed on ${p.date} without payment`,
  terminated: (p) => `Tenancy terminated on ${p.date}`,
  'eviction-scheduled-reminder': (p) => `Eviction scheduled for ${p.date}`,
  'referral-sent': (p) => `Referred to debt counselling on ${p.date}`,
  'referral-first-contact-overdue': (p) => `Referral accepted on ${p.date}, no first contact`,
  'payment-plan-instalment-missed': (p) => `Instalment due on ${p.date} not paid`,
  'payment-plan-broken': (p) => `Payment plan broken on ${p.date}`,
  'counselling-next-action-due': (p) => `Next action due on ${p.date}`,
  'custody-arrears-registered': (p) => `Rent arrears registered on ${p.date} during custody`,
  'custody-notice': (p) => `In custody from ${p.date}`,
  'custody-contact-updated': (p) => `New contact during custody (away from ${p.date})`,
  'custody-released': (p) => `Released on ${p.date}`,
  'custody-release-reminder': (p) => `Reminder for ${p.date}`,
};

const fields: Mail['fields'] = {
  tenants: 'Tenant(s)',
  address: 'Address',
  reference: 'Case reference',
  landlord: 'Landlord',
  department: 'Department',
  housingOrganisation: 'Housing organisation',
  balance: 'Arrears',
  monthsInArrears: 'Months in arrears',
  paymentDeadline: 'Payment deadline',
  terminatedOn: 'Tenancy terminated on',
  evictionDate: 'Eviction date',
  childrenUnder18: 'Children under 18 in the household',
  instalmentNumber: 'Instalment no.',
  instalmentDueOn: 'Instalment due on',
  behindBy: 'Behind the payment plan by',
  missedInstalments: 'Instalments not paid',
  acknowledgeBy: 'Acknowledge by',
  basis: 'Basis',
  noticeDate: 'Date of notice',
  landlordContact: 'Contact at the landlord',
  warningSent: 'Warning sent',
  acknowledgementDeadline: 'Acknowledgement deadline',
};

const footer: Mail['footer'] = {
  personalData: 'This email contains personal data and must not be forwarded.',
  freeAdviceOne: 'You can tell the tenant that free advice is available.',
  freeAdviceMany: 'You can tell the tenants that free advice is available.',
  noPersonalData: 'For data protection reasons, this email contains no personal data.',
};

const bases: Mail['bases'] = {
  agreement: (p) =>
    `Cooperation agreement on early warnings between ${p.sender} and the municipality (voluntary warning).`,
  consent: 'The tenant’s consent to your being told (voluntary warning).',
  'own-organisation': 'Your own case (to the housing organisation’s staff).',
};

const timing: Mail['timing'] = {
  'arrears-registered': 'soon',
  'payment-demand-sent': 'before the payment deadline',
  'deadline-passed': 'as soon as possible',
  terminated: 'as soon as possible',
  'eviction-scheduled-reminder': 'before the eviction',
  'referral-sent': 'as soon as possible',
  'referral-first-contact-overdue': 'without delay',
  'payment-plan-instalment-missed': 'as soon as possible',
  'payment-plan-broken': 'as soon as possible',
  'counselling-next-action-due': 'without delay',
  'custody-arrears-registered': 'without delay',
};

const warning: Mail['warning'] = {
  subject: (p) => `Warning of eviction risk – ${p.kind} (${p.reference})`,
  urgentSubject: (p) => `URGENT: Warning of eviction risk – ${p.kind} (${p.reference})`,
  greeting: (p) => `To ${p.recipient}`,
  childrenMunicipality:
    'URGENT: There are children under 18 in the household. Under section 5 a of the Act on Legal Protection and Administration in Social Matters (retssikkerhedsloven), the municipality must consider at once whether to offer help.',
  childrenOther: 'There are children under 18 in the household.',
  happened: {
    arrearsOverThreshold: (p) =>
      `On ${p.date}, ${p.sender} registered rent arrears above the agreed threshold for the tenancy below.`,
    arrears: (p) => `On ${p.date}, ${p.sender} registered rent arrears for the tenancy below.`,
    'payment-demand-sent': (p) =>
      `On ${p.date}, ${p.sender} sent the tenant a payment demand (påkrav) for the arrears. If the arrears are not paid within the 14-day deadline, the landlord may terminate the tenancy.`,
    'deadline-passed': (p) =>
      `The 14-day payment deadline in the payment demand (påkrav) passed on ${p.date} without the arrears being paid. ${p.sender} may now terminate the tenancy.`,
    terminated: (p) =>
      `On ${p.date}, ${p.sender} terminated the tenancy. If the tenant does not move out, the landlord can ask the bailiff's court (fogedretten) to evict the tenant.`,
    'eviction-scheduled-reminder': (p) =>
      `The bailiff's court (fogedretten) has set the eviction of the tenant for ${p.date}.`,
    'referral-sent': (p) => `On ${p.date}, ${p.sender} referred the tenant below to debt counselling with you.`,
    'referral-first-contact-overdue': (p) =>
      `You accepted the referral of the tenant below on ${p.date}, but no first contact has been recorded yet.`,
    'payment-plan-instalment-missed': (p) =>
      `An instalment of the payment plan ${p.sender} agreed with the tenant below fell due on ${p.date} and was not paid within the grace days.`,
    'payment-plan-broken': (p) =>
      `On ${p.date}, the payment plan between ${p.sender} and the tenant below was broken: too many instalments were not paid. The landlord may now resume the case with a new payment demand (påkrav).`,
    'counselling-next-action-due': (p) =>
      `A next action in the debt counselling of the tenant below was due on ${p.date} and is not marked as done.`,
    'custody-arrears-registered': (p) =>
      `On ${p.date}, ${p.sender} registered rent arrears for the tenant below, who is in custody and cannot follow letters about the arrears.`,
  },
  municipalityRequest: {
    'arrears-registered': 'Please consider whether the tenant needs help, and contact the tenant if appropriate.',
    'payment-demand-sent':
      'Please consider whether the tenant needs help before the deadline, and contact the tenant if appropriate.',
    'deadline-passed': 'Please consider as soon as possible whether the tenant needs help, and contact the tenant.',
    terminated: 'Please consider as soon as possible whether the tenant needs help, and contact the tenant.',
    'eviction-scheduled-reminder':
      'Please contact the tenant before the eviction and consider whether the tenant needs help, for example to find somewhere else to live.',
    'referral-sent': 'Please decide on the referral.',
    'referral-first-contact-overdue': 'Please record the first contact.',
    'payment-plan-instalment-missed':
      'Please consider whether the tenant needs help to keep to the payment plan, and contact the tenant if appropriate.',
    'payment-plan-broken': 'Please consider as soon as possible whether the tenant needs help, and contact the tenant.',
    'counselling-next-action-due': 'Please look at the case and mark the action as done.',
    'custody-arrears-registered': 'Please take up the arrears with the tenant without delay.',
  },
  counsellingRequest: (p) =>
    `The tenant has consented to our telling you. Please contact the tenant ${p.timing} and offer debt counselling, for example on an instalment plan for the arrears.`,
  paymentPlanCounsellingRequest: (p) =>
    `The tenant has consented to our telling you. Please contact the tenant ${p.timing} about the payment plan.`,
  paymentPlanOwnStaffRequest: (p) =>
    `Please contact the tenant ${p.timing} about the payment plan and decide how the case goes on.`,
  probationRequest: (p) =>
    `The tenant has consented to our telling the Prison and Probation Service. Please take up the housing situation with the tenant ${p.timing}, so that the home can be kept if at all possible.`,
  ownStaffRequest: (p) =>
    `Please contact the tenant ${p.timing} and look into whether the eviction can be averted, for example with an instalment plan.`,
  acknowledge: (p) => `Please acknowledge the warning in the system by ${p.date}.`,
};

const evictionNotice: Mail['evictionNotice'] = {
  subject: (p) => `Notice of eviction proceedings (s. 92(2)): ${p.address} (${p.reference})`,
  subjectWithoutReference: (p) => `Notice of eviction proceedings (s. 92(2)): ${p.address}`,
  correctionSubject: (p) => `Correction: ${p.subject}`,
  corrects: (p) => `This corrects the date of the notice dated ${p.date}; the date below replaces it.`,
  greeting: (p) => `To ${p.municipality} Municipality`,
  body: (p) =>
    `${p.landlord}, department ${p.department}, hereby gives the municipality notice under section 92(2) of the Social Housing Rent Act (almenlejeloven) that the landlord is applying to the bailiff court (fogedretten) for the eviction of the tenant(s) below.`,
  bodyWithoutLandlord:
    'Under section 92(2) of the Social Housing Rent Act (almenlejeloven), the landlord gives notice that it is applying to the bailiff court (fogedretten) for the eviction of the tenant(s) below.',
  onlyNameAndAddress:
    'By law, the notice carries only the tenant’s name and address. Contact the landlord and quote the case reference if you wish to discuss the case.',
};

const digest: Mail['digest'] = {
  subjectOne: (p) => `1 new warning of eviction risk – ${p.date}`,
  subjectMany: (p) => `${p.count} new warnings of eviction risk – ${p.date}`,
  introOne: (p) =>
    `Here is the warning of ${p.date} about a tenant at risk of eviction. Urgent warnings are sent separately, straight away.`,
  introMany: (p) =>
    `Here are the ${p.count} warnings of ${p.date} about tenants at risk of eviction. Urgent warnings are sent separately, straight away.`,
  requestOne: 'Please consider whether the tenant needs help, and contact the tenant if appropriate.',
  requestMany: 'Please consider whether the tenants need help, and contact them if appropriate.',
  acknowledgeOne: 'Acknowledge the warning in the system by the date shown.',
  acknowledgeMany: 'Acknowledge each warning in the system by the date shown.',
};

const escalation: Mail['escalation'] = {
  subjectTeamLead: (p) => `Warning ${p.reference} was not acknowledged in time`,
  subjectManagers: (p) => `Second reminder: warning ${p.reference} has still not been acknowledged`,
  body: (p) =>
    `On ${p.sent}, ${p.recipient} received a warning of eviction risk (${p.kind}). It should have been acknowledged in the system by ${p.by}, but it has not been.`,
  teamLead:
    'You are receiving this email as team lead. Please make sure that someone handles the warning as soon as possible.',
  managers:
    'You are receiving this email as a manager, because the team lead has already been reminded and the warning has still not been acknowledged. Please make sure that it is handled as soon as possible.',
  findIt: 'Staff with access to the case find the warning in the system under the case reference.',
  custodyBody: (p) =>
    `On ${p.sent}, ${p.recipient} received a notice from the Prison and Probation Service (${p.kind}). It should have been acknowledged in the system by ${p.by}, but it has not been.`,
  custodyFindIt: 'Staff who receive these notices find it in the system under the reference.',
};

const municipalityRegistered: Mail['municipalityRegistered'] = {
  subject: (p) => `${p.name} Municipality (${p.code}) is registered for eviction warnings`,
  municipality: (p) => `${p.name} Municipality`,
  registered: (p) =>
    `${p.name} Municipality (municipality code ${p.code}) is now registered in the eviction-prevention system.`,
  mailbox: (p) =>
    `This mailbox (${p.mailbox}) will receive early warnings about tenants at risk of eviction, including the notice the landlord must give under section 92(2) of the Social Housing Rent Act (almenlejeloven).`,
  wrongMailbox: 'If this mailbox is wrong, ask your administrator to correct it.',
};

const links: Mail['links'] = {
  warning: 'View and acknowledge the warning',
  digestItem: 'View the warning',
  escalation: 'View the warning',
  notice: 'View and acknowledge the notice',
};

const custodyNotice: Mail['custodyNotice'] = {
  subject: (p) => `Notice from the Prison and Probation Service – ${p.kind} (${p.reference})`,
  happened: {
    'custody-notice': (p) =>
      `${p.sender} informs you that the tenant below is in custody and away from home from ${p.date}. The tenant has given explicit consent to your being told that they are away and whom you can contact.`,
    'custody-contact-updated': (p) =>
      `${p.sender} informs you of a new contact for the tenant below, who is still in custody (away from ${p.date}).`,
    'custody-released': (p) => `${p.sender} informs you that the tenant below was released on ${p.date}.`,
    'custody-release-reminder': (p) => `${p.sender} reminds you of the release plan for the tenant below (${p.date}).`,
  },
  request: {
    housing_organisation:
      'Please send post about the tenancy to the contact below while the tenant is away, and get in touch if problems arise with the tenancy, so that the home can be kept if at all possible.',
    municipality:
      'Please consider whether the tenant needs help to keep the home during the absence, and use the contact below.',
    other: 'Please use the contact below while the tenant is away.',
  },
  released: 'Please contact the tenant directly from now on.',
  fields: {
    tenant: 'Tenant',
    awaySince: 'Away since',
    expectedReturn: 'Expected return',
    unknown: 'not known',
    releasedOn: 'Released on',
    contact: 'Contact',
    probationOfficer: (p) => `${p.name} (Prison and Probation Service)`,
    reference: 'Reference',
  },
  noOffenceData: 'The notice does not say why or where the tenant is in custody; do not ask the contact about it.',
};

export const mail: Mail = {
  links,
  kinds,
  eventLines,
  fields,
  footer,
  bases,
  timing,
  warning,
  evictionNotice,
  digest,
  escalation,
  municipalityRegistered,
  custodyNotice,
};
