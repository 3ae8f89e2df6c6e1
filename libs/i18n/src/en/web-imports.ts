import { type Messages } from '../catalogue.js';

export const webImports: Messages['webImports'] = {
  title: 'Arrears lists',
};
