import { useStore } from '@nanostores/preact';
import { $sessions } from '../../store/sessions';
import { ClientSessions } from './ClientSessions';

/** A client's file under their plans, reading the sessions store itself (loaded only when sessions are stored). */
export function PersonSessions(props: Omit<Parameters<typeof ClientSessions>[0], 'sessions'>) {
	return <ClientSessions {...props} sessions={useStore($sessions)} />;
}
