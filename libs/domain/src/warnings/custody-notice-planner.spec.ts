import { type IsoDate } from '@app/calendar';
import {
  custodyNoticeEmailData,
  custodyReference,
  planCustodyNotice,
  type CustodyNoticeEpisode,
} from './custody-notice-planner.js';

const episode: CustodyNoticeEpisode = {
  episodeId: '1a2b3c4d-0000-4000-8000-000000000001',
  personId: 'p-1',
  personName: 'Jens Indsat',
  address: 'Handskevej 7',
  probationUnitName: 'Kriminalforsorgen Køge',
  ackBusinessDays: 2,
  startedOn: '2026-11-02' as IsoDate,
  expectedReleaseOn: '2027-09-01' as IsoDate,
  paroleOn: '2027-05-20' as IsoDate,
  releasedOn: null,
  contact: { kind: 'person', name: 'Søster Hansen', phone: '+45 12345678', email: null },
};
const landlord = { recipientType: 'housing_organisation' as const, recipientId: 'ho-1', departmentId: 'd-1' };
const municipality = { recipientType: 'municipality' as const, recipientId: 'm-1', departmentId: null };

describe('custody notices', () => {
  it('carry the recipient view only: name, address, away since, expected return (parole first) and contact', () => {
    const plan = planCustodyNotice({
      ruleCode: 'custody-notice',
      episode,
      recipients: [landlord, municipality],
      occurrence: `episode:${episode.episodeId}`,
      today: '2026-11-20' as IsoDate,
    })!;
    expect(plan.data).toEqual({
      kind: 'custody-notice',
      reference: 'KF-1A2B3C4D',
      senderName: 'Kriminalforsorgen Køge',
      tenantNames: ['Jens Indsat'],
      address: 'Handskevej 7',
      eventOn: '2026-11-02',
      custody: {
        awaySince: '2026-11-02',
        expectedReturnOn: '2027-05-20',
        releasedOn: null,
        contact: episode.contact,
      },
    });
    expect(plan.recipients).toEqual([landlord, municipality]);
    expect(plan.personIds).toEqual(['p-1']);
    expect(plan.urgency).toBe('normal');
    // Friday 20 November 2026 + 2 business days: Tuesday 24 November.
    expect(plan.acknowledgeBy).toBe('2026-11-24');
  });

  it("acknowledge within the unit's setting; the expected release when no parole date is known", () => {
    const plan = planCustodyNotice({
      ruleCode: 'custody-notice',
      episode: { ...episode, ackBusinessDays: 5, paroleOn: null },
      recipients: [municipality],
      occurrence: 'x',
      today: '2026-11-20' as IsoDate,
    })!;
    expect(plan.acknowledgeBy).toBe('2026-11-27');
    expect(plan.data.custody!.expectedReturnOn).toBe('2027-09-01');
  });

  it('the release names the release date and no contact or expected return', () => {
    const plan = planCustodyNotice({
      ruleCode: 'custody-released',
      episode: { ...episode, releasedOn: '2027-05-20' as IsoDate },
      recipients: [landlord],
      occurrence: `release:${episode.episodeId}`,
      today: '2027-05-20' as IsoDate,
    })!;
    expect(plan.data).toMatchObject({
      eventOn: '2027-05-20',
      custody: { awaySince: '2026-11-02', releasedOn: '2027-05-20', contact: null, expectedReturnOn: null },
    });
  });

  it('nobody named, nothing planned', () => {
    expect(
      planCustodyNotice({
        ruleCode: 'custody-notice',
        episode,
        recipients: [],
        occurrence: 'x',
        today: '2026-11-20' as IsoDate,
      }),
    ).toBeNull();
  });

  it('the email data is the warning data, addressed to the recipient', () => {
    const plan = planCustodyNotice({
      ruleCode: 'custody-notice',
      episode,
      recipients: [landlord],
      occurrence: 'x',
      today: '2026-11-20' as IsoDate,
    })!;
    expect(
      custodyNoticeEmailData({
        warningId: 'w-1',
        recipientType: 'housing_organisation',
        recipientName: 'Boligselskabet',
        data: plan.data,
        acknowledgeBy: plan.acknowledgeBy,
      }),
    ).toEqual({
      kind: 'custody-notice',
      recipientType: 'housing_organisation',
      recipientName: 'Boligselskabet',
      senderName: 'Kriminalforsorgen Køge',
      reference: 'KF-1A2B3C4D',
      tenantName: 'Jens Indsat',
      address: 'Handskevej 7',
      awaySince: '2026-11-02',
      expectedReturnOn: '2027-05-20',
      releasedOn: null,
      contact: episode.contact,
      acknowledgeBy: '2026-11-24',
      warningId: 'w-1',
    });
    expect(custodyReference('abcdef01-2345-4678-9abc-def012345678')).toBe('KF-ABCDEF01');
  });
});
