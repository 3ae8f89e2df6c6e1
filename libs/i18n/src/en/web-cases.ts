import { type Messages } from '../catalogue.js';

export const webCases: Messages['webCases'] = {
  title: 'Cases',
};
