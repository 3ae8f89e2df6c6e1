import { session } from './session/session';
import './styles.css';

/**
 * The application's first file, and a small one: it starts the silent sign-in with the cookie, then
 * loads the application (app.tsx). The refresh's round trip runs while the browser loads and evaluates
 * the application's code instead of after it, so a page opened from a link or a reload is shown sooner
 * (the case-page benchmark, issue 13). (Waiting for the refresh's request to be
 * made before loading the application was tried and is slower: the refresh's cross-tab lock alone takes
 * 20–35 ms to be granted in Chromium here, time the application's loading now fills.)
 */
void session.restore();
void import('./app');
