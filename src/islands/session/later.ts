// What the session page loads once its island has hydrated, in one request: the running session and
// the sessions store (with the check of stored sessions). The first screen stays disabled until then.
export { SessionRun } from './SessionRun';
export { getSession, openSessionOf, pauseSession, resumeSession, sessionStore, startSession } from '../../store/sessions';
