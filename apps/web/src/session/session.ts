import { SessionStore } from './session-store';

/**
 * This tab's one session. Its own module, apart from the API client, so that the application's first
 * file (main.tsx) can start the silent sign-in before the rest of the application is loaded.
 */
export const session = new SessionStore();
