import { type Messages } from '../catalogue.js';

export const webAdmin: Messages['webAdmin'] = {
  title: 'Administration',
};
