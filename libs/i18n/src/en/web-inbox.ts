import { type Messages } from '../catalogue.js';

export const webInbox: Messages['webInbox'] = {
  title: 'Inbox',
};
