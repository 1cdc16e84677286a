/**
 * Every key the site keeps in the browser, and the shape of its value. Nothing else in `src/`
 * names a key; Starlight's own are listed so that fault tests can cover every key a page reads.
 *
 * localStorage:
 *   cw:plan:<plan id>        one plan, JSON: the envelope in `plan/record.ts`
 *                            { format, id, worksheet, worksheetVersion, title, person, date,
 *                              created, updated, answers: { <field id>: value }, edited: { <id>: ms }, context?,
 *                              privateLink? (true: started from a private coach link; replies protected by default),
 *                              sentBack? (ISO time the client last sent it back to the coach),
 *                              recovered?, origin? ("copy" | "recovered"),
 *                              from?: { plan, worksheet } (the plan it was continued from) }
 *                            `recovered` marks a plan that salvage made (store/salvage.ts): the quarantine id
 *                            of the damaged record it was read from. `origin` says a plan was made by Duplicate
 *                            or salvage; its title stays the original's, and the screen words it ("Copy of …",
 *                            "Recovered: …"; plan/plan-title.ts). Older records may hold those words in the title.
 *   cw:active:<worksheet id> the id of the plan that worksheet shows (plain text)
 *   cw:downloaded:<plan id>  when the plan was last downloaded as a file (ISO time, plain text)
 *   cw:quarantine:<plan id>  a record this version could not read, JSON:
 *                            { key: "cw:plan:<id>", raw: "<stored text, untouched>", reason, found: ISO time }
 *   cw:session:<session id>  one guided session, JSON: the shape in `plan/session.ts` (see `store/sessions.ts`)
 *   cw:persist-asked         when the site last asked for persistent storage (ISO time)
 *   cw:backup-made           when the visitor last made a bundle of everything (ISO time, plain text)
 *   cw:backup-dismissed      when the visitor last dismissed the backup reminder (ISO time, plain text)
 *   cw:practice              the learner's practice progress, JSON: { format: 1, items: { <drill item id>:
 *                            { box: 1-5, due: epoch ms, right: n, wrong: n, last: epoch ms } } }
 *                            (Leitner boxes, see `practice/schedule.ts`); written on every answer, removed by
 *                            "Reset progress"; a value this version cannot read counts as no progress
 *   starlight-theme          Starlight's theme choice: "light", "dark" or "auto" (read by its theme script)
 *
 * sessionStorage:
 *   cw:coach-draft           the coach form as typed, to survive a reload: JSON { worksheet, context:
 *                            { client?, coach?, focus?, returnBy?, note? } } (never the passphrase)
 *   sl-sidebar-state         Starlight's sidebar scroll and open groups (JSON, Starlight's own)
 *
 * Lifecycle: a plan is written on the first edit of a blank worksheet and rewritten whole on every
 * edit; delete removes it (undo writes the same record back). An unreadable record moves to
 * quarantine whole and is never overwritten; salvage writes what it can read into a new plan (with
 * `recovered` set) and leaves the quarantined record as it was.
 * Migrations run on read (see `activePlanOf`), as declared in each worksheet's YAML.
 */
export const PLAN_PREFIX = 'cw:plan:';
export const ACTIVE_PREFIX = 'cw:active:';
export const DOWNLOADED_PREFIX = 'cw:downloaded:';
export const QUARANTINE_PREFIX = 'cw:quarantine:';
export const SESSION_PREFIX = 'cw:session:';
export const PERSIST_ASKED_KEY = 'cw:persist-asked';
export const COACH_DRAFT_KEY = 'cw:coach-draft';
export const BACKUP_MADE_KEY = 'cw:backup-made';
export const BACKUP_DISMISSED_KEY = 'cw:backup-dismissed';
export const PRACTICE_KEY = 'cw:practice';

/**
 * Every key above, as data: a `prefix` is followed by an id. The storage-fault tests damage each one
 * and open every kind of page, so a key missing here is a key no fault test covers.
 */
export const STORED_KEYS: readonly { key: string; prefix: boolean; storage: 'local' | 'session' }[] = [
	{ key: PLAN_PREFIX, prefix: true, storage: 'local' },
	{ key: ACTIVE_PREFIX, prefix: true, storage: 'local' },
	{ key: DOWNLOADED_PREFIX, prefix: true, storage: 'local' },
	{ key: QUARANTINE_PREFIX, prefix: true, storage: 'local' },
	{ key: SESSION_PREFIX, prefix: true, storage: 'local' },
	{ key: PERSIST_ASKED_KEY, prefix: false, storage: 'local' },
	{ key: BACKUP_MADE_KEY, prefix: false, storage: 'local' },
	{ key: BACKUP_DISMISSED_KEY, prefix: false, storage: 'local' },
	{ key: PRACTICE_KEY, prefix: false, storage: 'local' },
	{ key: COACH_DRAFT_KEY, prefix: false, storage: 'session' },
	{ key: 'starlight-theme', prefix: false, storage: 'local' },
	{ key: 'sl-sidebar-state', prefix: false, storage: 'session' },
];
