import { type DeliverableRow } from './email-delivery.repository.js';
import { DeliveryRoundTrips, type SentMark } from './delivery-round-trips.js';

const row = (id: string): DeliverableRow => ({
  id,
  topic: 't',
  status: 'queued',
  payload: { channel: 'email', template: 'warning-digest', to: 'a@b.dk', locale: 'da', data: {} as never },
});

describe('DeliveryRoundTrips', () => {
  it('sends the reads and marks of one window as one trip and answers each', async () => {
    const trips: [SentMark[], string[]][] = [];
    const batcher = new DeliveryRoundTrips(async (marks, ids) => {
      trips.push([marks, ids]);
      return ids.filter((id) => id !== 'missing').map(row);
    }, 2);
    const [a, missing, again, marked] = await Promise.all([
      batcher.load('a'),
      batcher.load('missing'),
      batcher.load('a'),
      batcher.markSent({ id: 'x', messageId: '<x@h>' }),
    ]);
    expect(trips).toEqual([[[{ id: 'x', messageId: '<x@h>' }], ['a', 'missing']]]);
    expect(a?.id).toBe('a');
    expect(again?.id).toBe('a');
    expect(missing).toBeNull();
    expect(marked).toBeUndefined();
  });

  it('starts a new trip for what arrives after the window', async () => {
    let count = 0;
    const batcher = new DeliveryRoundTrips(async (_marks, ids) => {
      count += 1;
      return ids.map(row);
    }, 1);
    await batcher.load('a');
    await batcher.load('b');
    expect(count).toBe(2);
  });

  it('goes at once when the batch is full', async () => {
    const sizes: number[] = [];
    const batcher = new DeliveryRoundTrips(
      async (marks, ids) => {
        sizes.push(marks.length + ids.length);
        return ids.map(row);
      },
      10_000,
      3,
    );
    await Promise.all([batcher.load('a'), batcher.load('b'), batcher.markSent({ id: 'c', messageId: 'm' })]);
    expect(sizes).toEqual([3]);
  });

  it('fails every caller of a failed trip, so each job is retried', async () => {
    const batcher = new DeliveryRoundTrips(async () => {
      throw new Error('database down');
    }, 1);
    const results = await Promise.allSettled([batcher.load('a'), batcher.markSent({ id: 'b', messageId: 'm' })]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
