import { BatchCoalescer, type Settled } from './batch-coalescer.js';

/** A run that records the batches it was given and ends when the test says so. */
function controlledRun() {
  const batches: string[][] = [];
  const ends: (() => void)[] = [];
  const run = (items: string[]) => {
    batches.push(items);
    return new Promise<Settled<string>[]>((resolve) => {
      ends.push(() => resolve(items.map((item) => ({ ok: true, value: item.toUpperCase() }))));
    });
  };
  return { batches, ends, run };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('BatchCoalescer', () => {
  it('runs an item alone at once when a run is free, and takes the items that arrive meanwhile together', async () => {
    const { batches, ends, run } = controlledRun();
    const coalescer = new BatchCoalescer(run, { maxBatch: 10, maxInFlight: 1, keyOf: (s: string) => s });
    const first = coalescer.submit('a');
    expect(batches).toEqual([['a']]);
    const later = ['b', 'c', 'd'].map((s) => coalescer.submit(s));
    expect(coalescer.queued).toBe(3);
    ends[0]!();
    expect(await first).toBe('A');
    await settle();
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
    ends[1]!();
    expect(await Promise.all(later)).toEqual(['B', 'C', 'D']);
    expect(coalescer.queued).toBe(0);
  });

  it('never puts one key twice into a run, nor beside a run that holds it', async () => {
    const { batches, ends, run } = controlledRun();
    const coalescer = new BatchCoalescer(run, {
      maxBatch: 10,
      maxInFlight: 2,
      keyOf: (s: string) => s.slice(0, 1),
    });
    const answers = ['a1', 'a2', 'b1', 'a3'].map((s) => coalescer.submit(s));
    // a1 runs at once; a2 waits for it although a run is free, b1 takes that run.
    expect(batches).toEqual([['a1'], ['b1']]);
    ends[0]!();
    await settle();
    expect(batches[2]).toEqual(['a2']);
    ends[1]!();
    ends[2]!();
    await settle();
    expect(batches[3]).toEqual(['a3']);
    ends[3]!();
    expect(await Promise.all(answers)).toEqual(['A1', 'A2', 'B1', 'A3']);
  });

  it('takes no more than maxBatch items into one run, oldest first', async () => {
    const { batches, ends, run } = controlledRun();
    const coalescer = new BatchCoalescer(run, { maxBatch: 2, maxInFlight: 1, keyOf: (s: string) => s });
    const answers = ['a', 'b', 'c', 'd', 'e'].map((s) => coalescer.submit(s));
    for (let i = 0; i < 3; i++) {
      ends[i]!();
      await settle();
    }
    expect(batches).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
    expect(await Promise.all(answers)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it("answers each item with its own outcome, and a run that throws with that run's error only", async () => {
    let calls = 0;
    const coalescer = new BatchCoalescer<string, string>(
      async (items) => {
        calls += 1;
        if (calls === 2) throw new Error('the database went away');
        return items.map((item) =>
          item === 'bad' ? { ok: false, error: new Error(`refused ${item}`) } : { ok: true, value: item },
        );
      },
      { maxBatch: 10, maxInFlight: 1, keyOf: (s) => s },
    );
    const first = coalescer.submit('good');
    const bad = coalescer.submit('bad');
    const also = coalescer.submit('also');
    await expect(first).resolves.toBe('good');
    await expect(bad).rejects.toThrow('the database went away');
    await expect(also).rejects.toThrow('the database went away');
    const [fine, refused] = [coalescer.submit('fine'), coalescer.submit('bad')];
    await expect(fine).resolves.toBe('fine');
    await expect(refused).rejects.toThrow('refused bad');
  });

  it('fails an item its run left unanswered rather than leaving it waiting', async () => {
    const coalescer = new BatchCoalescer<string, string>(async () => [], {
      maxBatch: 10,
      maxInFlight: 1,
      keyOf: (s) => s,
    });
    await expect(coalescer.submit('x')).rejects.toThrow('answered 0 of 1');
  });
});
