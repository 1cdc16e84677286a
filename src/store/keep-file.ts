/**
 * "Keep a copy in a file": where the browser has the File System Access API (Chromium on desktop),
 * the visitor chooses a file once and the site rewrites it a few seconds after each change, as a
 * plan file or, with a passphrase, as a bundle. The file handle and the passphrase live only in this
 * page's memory (nothing is stored under a browser key); a write the browser refuses stops the
 * keeping and says so, never silently.
 */
import { atom } from 'nanostores';
import { planFileText } from '../plan/codecs/plan-file';
import { $plans } from './plans';
import { bundleContents } from './transfer';
import { $lastBackup } from './backup';
import { makeBundle } from '../plan/codecs/bundle';

/** The part of a `FileSystemFileHandle` used here. */
export interface WritableFileHandle {
	name: string;
	createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

export type KeepFileState =
	| { status: 'off' }
	| { status: 'on'; name: string; protected: boolean; written: string | null }
	/** `denied`: the browser withdrew the permission to write; otherwise the write failed (file moved, disk full). */
	| { status: 'lost'; name: string; denied: boolean };

export const $keepFile = atom<KeepFileState>({ status: 'off' });

/** Seconds after a change before the file is rewritten: a burst of typing is one write. */
export const KEEP_FILE_DELAY_MS = 3000;

let handle: WritableFileHandle | null = null;
let passphrase: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let unsubscribe: (() => void) | undefined;

async function writeNow() {
	const state = $keepFile.get();
	if (!handle || state.status !== 'on') return;
	try {
		const now = new Date();
		const text = passphrase ? await makeBundle(await bundleContents(), passphrase, now) : planFileText($plans.get(), now);
		const writable = await handle.createWritable();
		await writable.write(text);
		await writable.close();
		$keepFile.set({ ...state, written: now.toISOString() });
		$lastBackup.set(now.toISOString());
	} catch (error) {
		const denied = error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'SecurityError');
		stopKeeping();
		$keepFile.set({
			status: 'lost',
			name: handle?.name ?? state.name,
			denied,
		});
	}
}

/** Starts rewriting `file` a few seconds after each change (and once now); `secret` seals it as a bundle. */
export function startKeeping(file: WritableFileHandle, secret: string | null) {
	stopKeeping();
	handle = file;
	passphrase = secret;
	$keepFile.set({ status: 'on', name: file.name, protected: !!secret, written: null });
	// `listen` fires on changes only; the first write happens now.
	unsubscribe = $plans.listen(() => {
		clearTimeout(timer);
		timer = setTimeout(writeNow, KEEP_FILE_DELAY_MS);
	});
	return writeNow();
}

export function stopKeeping() {
	clearTimeout(timer);
	unsubscribe?.();
	unsubscribe = undefined;
	passphrase = null;
	$keepFile.set({ status: 'off' });
}
