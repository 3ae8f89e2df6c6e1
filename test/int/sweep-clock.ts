import { addDays, type IsoDate } from '@app/calendar';

/** Noon in Copenhagen (summer or winter) on `date`: the `now` a sweep is run at. */
export const at = (date: IsoDate | string): Date => new Date(`${date}T10:00:00Z`);

export const dayAfter = (date: string): IsoDate => addDays(date as IsoDate, 1);
