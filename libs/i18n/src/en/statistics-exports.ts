import { type Messages } from '../catalogue.js';

export const statisticsExports: Messages['statisticsExports'] = {
  EXPORT_TOO_LARGE: (p) =>
    `The export would have more than ${p.max} rows. Narrow it with the filters (e.g. department, stage or open cases).`,
  yes: 'Yes',
  no: 'No',
  suppressedNote: '"<5" means fewer than 5 (or hidden, so that a small number cannot be worked out).',
  caseList: {
    title: 'Cases',
    fileName: 'cases',
    caseId: 'Case id',
    stage: 'Stage',
    address: 'Address',
    unit: 'Unit',
    departmentId: 'Department id',
    municipalityId: 'Municipality id',
    balanceDkk: 'Balance (DKK)',
    nextDeadlineOn: 'Next deadline',
    overdue: 'Overdue',
    openedAt: 'Opened',
  },
};
