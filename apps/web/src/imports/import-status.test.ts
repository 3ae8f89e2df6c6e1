import { describe, expect, it } from 'vitest';
import { messagesFor } from '@app/i18n';
import {
  formatSize,
  goodRows,
  isFinal,
  percentOf,
  pollInterval,
  POLL_MS,
  SLOW_POLL_MS,
  statusOf,
} from './import-status';

describe('an import status as the caseworker reads it', () => {
  const da = messagesFor('da');
  const en = messagesFor('en');

  it('polls while the worker has the list, and stops once it is done or failed', () => {
    expect(pollInterval('received')).toBe(POLL_MS);
    expect(pollInterval('processing')).toBe(POLL_MS);
    expect(pollInterval(undefined)).toBe(POLL_MS);
    expect(pollInterval('completed')).toBe(false);
    expect(pollInterval('failed')).toBe(false);
    expect(isFinal('completed')).toBe(true);
    expect(isFinal('received')).toBe(false);
  });

  it('asks less often once a list has been unfinished for a while (a big list, or the worker down)', () => {
    expect(pollInterval('processing', 29)).toBe(POLL_MS);
    expect(pollInterval('processing', 30)).toBe(SLOW_POLL_MS);
    expect(pollInterval('completed', 100)).toBe(false);
  });

  it('words each status, telling a list with bad rows apart from a clean one', () => {
    expect(statusOf({ status: 'received', failedRows: 0 }, da)).toEqual({ text: 'I kø', tone: 'neutral' });
    expect(statusOf({ status: 'processing', failedRows: 0 }, en)).toEqual({ text: 'Processing', tone: 'neutral' });
    expect(statusOf({ status: 'completed', failedRows: 0 }, da)).toEqual({ text: 'Færdig', tone: 'ok' });
    expect(statusOf({ status: 'completed', failedRows: 3 }, da)).toEqual({ text: 'Færdig med fejl', tone: 'warn' });
    expect(statusOf({ status: 'failed', failedRows: 0 }, en)).toEqual({ text: 'Failed', tone: 'urgent' });
  });

  it('counts the good rows as those without a problem', () => {
    expect(goodRows({ totalRows: 12, failedRows: 8 })).toBe(4);
    expect(goodRows({ totalRows: 0, failedRows: 0 })).toBe(0);
  });

  it('shows the upload as a whole percentage, 0 while the size is unknown', () => {
    expect(percentOf(0, 1000)).toBe(0);
    expect(percentOf(455, 1000)).toBe(45);
    expect(percentOf(1000, 1000)).toBe(100);
    expect(percentOf(1200, 1000)).toBe(100);
    expect(percentOf(10, 0)).toBe(0);
  });

  it('writes a file size in the chosen language', () => {
    expect(formatSize(512, 'en')).toMatch(/^512\sbyte/);
    expect(formatSize(1536, 'da')).toMatch(/^1,5\skB$/);
    expect(formatSize(1536, 'en')).toMatch(/^1\.5\skB$/);
    expect(formatSize(3 * 1024 * 1024, 'da')).toMatch(/^3\sMB$/);
  });
});
