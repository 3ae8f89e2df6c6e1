/** Exports of the statistics tables and of the case list (docs/statistics-exports.md). */
export const statisticsExports = {
  EXPORT_TOO_LARGE: (p: { max: string }) =>
    `Udtrækket ville have mere end ${p.max} rækker. Afgræns det med filtrene (f.eks. afdeling, stadie eller åbne sager).`,
  yes: 'Ja',
  no: 'Nej',
  suppressedNote: '"<5" betyder under 5 (eller skjult, så et lille tal ikke kan regnes ud).',
  caseList: {
    title: 'Sager',
    fileName: 'sager',
    caseId: 'Sags-id',
    stage: 'Stadie',
    address: 'Adresse',
    unit: 'Lejemål',
    departmentId: 'Afdelings-id',
    municipalityId: 'Kommune-id',
    balanceDkk: 'Saldo (kr.)',
    nextDeadlineOn: 'Næste frist',
    overdue: 'Overskredet',
    openedAt: 'Oprettet',
  },
};
