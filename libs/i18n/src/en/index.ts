import { type Messages } from '../catalogue.js';
import { http } from './http.js';
import { validation } from './validation.js';

/** The English catalogue: typed as the Danish one, so no message can be missing. */
export const en: Messages = { http, validation };
