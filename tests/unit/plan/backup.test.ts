import { describe, expect, it } from 'vitest';
import { backupAge, backupReminderDue } from '../../../src/plan/backup';
import { isSafariAgent, storageTruth } from '../../../src/plan/storage-truth';
import { LANGUAGES } from '../../../src/plan/i18n/languages';
import { textsFor } from '../../../src/components/catalogs';

const t = textsFor('en');

const now = new Date('2026-12-03T12:00:00.000Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

describe('when the last backup was made', () => {
	it('says never, today, or how long ago in words, as Intl words it in each language', () => {
		expect(backupAge('', now, t)).toBe('never');
		expect(backupAge('not a date', now, textsFor('es'))).toBe('nunca');
		// The catalog's words stand in for Intl.RelativeTimeFormat (slow to start on a phone): the same words, day by day.
		for (const { lang } of LANGUAGES) {
			const words = textsFor(lang);
			const intl = new Intl.RelativeTimeFormat(words.locale, { numeric: 'auto' });
			for (let days = 0; days < 1500; days++) {
				const expected = days < 60 ? intl.format(-days, 'day') : days < 730 ? intl.format(-Math.floor(days / 30), 'month') : intl.format(-Math.floor(days / 365), 'year');
				expect(backupAge(daysAgo(days), now, words)).toBe(expected);
			}
		}
	});

	it('reminds after 14 days with changes since, not before, not without changes, not soon after dismissing', () => {
		const base = { lastBackup: daysAgo(15), dismissed: '', firstChange: daysAgo(40), lastChange: daysAgo(1) };
		expect(backupReminderDue(base, now)).toBe(true);
		expect(backupReminderDue({ ...base, lastBackup: daysAgo(13) }, now)).toBe(false);
		expect(backupReminderDue({ ...base, lastChange: daysAgo(16) }, now)).toBe(false);
		expect(backupReminderDue({ ...base, dismissed: daysAgo(2) }, now)).toBe(false);
		expect(backupReminderDue({ ...base, dismissed: daysAgo(20) }, now)).toBe(true);
		expect(backupReminderDue({ ...base, lastBackup: '', firstChange: daysAgo(3) }, now)).toBe(false);
		expect(backupReminderDue({ ...base, lastBackup: '' }, now)).toBe(true);
	});
});

describe('what the browser may delete', () => {
	const safari = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
	const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
	it('tells a Safari visitor about the seven days and the Home Screen; says nothing when persistent or installed', () => {
		expect(isSafariAgent(safari)).toBe(true);
		expect(isSafariAgent(chrome)).toBe(false);
		expect(isSafariAgent(chrome.replace('Chrome/', 'HeadlessChrome/'))).toBe(false);
		expect(t(storageTruth({ persisted: false, standalone: false, safari: true })!)).toContain('after seven days without a visit');
		expect(t(storageTruth({ persisted: false, standalone: false, safari: true })!)).toContain('Add to Home Screen');
		expect(t(storageTruth({ persisted: false, standalone: false, safari: false })!)).toContain('clear its site data');
		expect(storageTruth({ persisted: true, standalone: false, safari: true })).toBeNull();
		expect(storageTruth({ persisted: false, standalone: true, safari: true })).toBeNull();
	});
});
