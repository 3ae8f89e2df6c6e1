import { type IsoDate } from '@app/calendar';
import { planReleaseReminderWarning } from './release-reminder-warning.js';
import { type CustodyReminder } from './rules/custody-reminders.js';

const d = (s: string) => s as IsoDate;

const episode = {
  episodeId: '0a1b2c3d-0000-4000-8000-000000000001',
  personId: 'p1',
  personName: 'Jens Indsat',
  address: 'Køgevej 12',
  probationUnitId: 'unit-1',
  probationUnitName: 'Kriminalforsorgen Køge',
  ackBusinessDays: 2,
  startedOn: d('2026-03-02'),
  expectedReleaseOn: d('2027-01-02'),
  paroleOn: d('2026-09-22'),
  releasedOn: null,
  contact: { kind: 'probation_officer' as const, name: 'Officer', phone: null, email: 'o@kf.test' },
};
const municipality = { recipientType: 'municipality' as const, recipientId: 'm1', departmentId: null };
const landlord = { recipientType: 'housing_organisation' as const, recipientId: 'h1', departmentId: 'dep1' };
const task = (over: Partial<Extract<CustodyReminder, { taskId: string }>>): CustodyReminder => ({
  kind: 'release_task_overdue',
  episodeId: episode.episodeId,
  taskId: 't1',
  taskKind: 'action_plan',
  responsible: 'probation',
  on: d('2026-03-30'),
  occurrence: 'occ',
  ...over,
});
const plan = (reminder: CustodyReminder, on: string, escalateOn: string | null = null) =>
  planReleaseReminderWarning({
    reminder,
    episode,
    recipients: [municipality, landlord],
    escalateOn: escalateOn as IsoDate | null,
    on: d(on),
  });

describe('planReleaseReminderWarning', () => {
  it('a missed probation task: urgent, to the unit only, acknowledged by the escalation day', () => {
    const input = plan(task({}), '2026-03-31', '2026-04-01');
    expect(input).toMatchObject({
      ruleCode: 'custody-release-reminder',
      urgency: 'urgent',
      acknowledgeBy: '2026-04-01',
      occurrence: 'occ',
      recipients: [{ recipientType: 'probation_unit', recipientId: 'unit-1' }],
    });
    expect(input.data.reminder).toEqual({ stage: 'release_task_overdue', taskKind: 'action_plan', on: '2026-03-30' });
  });

  it('a sweep after the escalation day still gives a day ahead to acknowledge (the next business day)', () => {
    expect(plan(task({}), '2026-04-10', '2026-04-01').acknowledgeBy).toBe('2026-04-13');
  });

  it('a task due soon is acknowledged by its due day, at normal urgency', () => {
    expect(plan(task({ kind: 'release_task_due' }), '2026-03-23')).toMatchObject({
      urgency: 'normal',
      acknowledgeBy: '2026-03-30',
    });
  });

  it('the housing help goes to the municipality the consent names, else to the unit', () => {
    const help = task({
      kind: 'release_task_due',
      taskKind: 'housing_setup_help',
      responsible: 'municipality',
      on: d('2026-06-22'),
    });
    expect(plan(help, '2026-06-22').recipients).toEqual([municipality]);
    expect(plan(help, '2026-06-22').acknowledgeBy).toBe('2026-06-24');
    const alone = planReleaseReminderWarning({
      reminder: help,
      episode,
      recipients: [],
      escalateOn: null,
      on: d('2026-06-22'),
    });
    expect(alone.recipients.map((r) => r.recipientType)).toEqual(['probation_unit']);
  });

  it('a sublet ending goes to the unit and the landlord, with the recipient view only', () => {
    const input = plan(
      { kind: 'sublet_ending', episodeId: episode.episodeId, planId: 'hp1', on: d('2027-01-31'), occurrence: 's' },
      '2026-12-30',
    );
    expect(input.recipients.map((r) => r.recipientType)).toEqual(['probation_unit', 'housing_organisation']);
    expect(input.data).toMatchObject({
      reference: 'KF-0A1B2C3D',
      eventOn: '2027-01-31',
      custody: { awaySince: '2026-03-02', expectedReturnOn: '2026-09-22', releasedOn: null },
      reminder: { stage: 'sublet_ending', taskKind: null },
    });
    expect(JSON.stringify(input.data)).not.toMatch(/sentence|institution|2027-01-02/);
  });
});
