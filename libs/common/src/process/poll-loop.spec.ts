import { PollLoop } from './poll-loop.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PollLoop', () => {
  it('runs again at once while a pass finds work, then waits the idle period', async () => {
    const results = [true, true, false, false];
    let passes = 0;
    const loop = new PollLoop(async () => results[passes++] ?? false, { idleMs: 10_000 });
    loop.start();
    await tick(50);
    // Two passes with work, then the first idle one; the next waits 10 s.
    expect(passes).toBe(3);
    await loop.stop();
  });

  it('reports a failed pass, waits the error period and goes on', async () => {
    const errors: unknown[] = [];
    let passes = 0;
    const loop = new PollLoop(
      async () => {
        passes += 1;
        if (passes === 1) throw new Error('down');
        return false;
      },
      { idleMs: 10_000, afterErrorMs: 5, onError: (error) => errors.push(error) },
    );
    loop.start();
    await tick(80);
    expect(errors).toHaveLength(1);
    expect(passes).toBe(2);
    await loop.stop();
  });

  it('never overlaps passes, and stop() waits for the pass under way', async () => {
    let active = 0;
    let most = 0;
    let finished = 0;
    const loop = new PollLoop(
      async () => {
        active += 1;
        most = Math.max(most, active);
        await tick(20);
        active -= 1;
        finished += 1;
        return true;
      },
      { idleMs: 0 },
    );
    loop.start();
    await tick(30);
    await loop.stop();
    expect(most).toBe(1);
    expect(active).toBe(0);
    const after = finished;
    await tick(40);
    expect(finished).toBe(after);
  });
});
