import { useState } from 'preact/hooks';
import type { PlanRecord } from '../../plan/record';
import { planLabel } from '../../plan/answers/plan-label';
import { useT } from '../common/words';
import { SESSION_LENGTHS, type SessionLength } from '../../plan/session-steps';
import type { SessionRecord } from '../../plan/session';
import type { SessionStart } from '../../store/sessions';
import type { Translate } from '../../plan/i18n/translate';

interface Props {
	/** Plans of the session's worksheet, most recently edited first. */
	plans: PlanRecord[];
	/** A session of this model left open, and its plan, to continue. */
	open: { session: SessionRecord; plan: PlanRecord; where: string } | null;
	ready: boolean;
	onStart: (start: SessionStart) => void;
	onContinue: (id: string) => void;
}

const NEW = '';
const lengthLabel = (length: SessionLength, t: Translate) => (length === null ? t('session.no-timer') : t('session.length-minutes', { count: length }));

/** Before the session: which plan, the client's name and how long. */
export function SessionSetup({ plans, open, ready, onStart, onContinue }: Props) {
	const t = useT();
	// A new plan unless the coach picks one, so a session never writes into another client's plan by default.
	const [choice, setChoice] = useState(NEW);
	const chosen = plans.find((plan) => plan.id === choice);
	const [person, setPerson] = useState('');
	const [title, setTitle] = useState('');
	const [length, setLength] = useState<SessionLength>(60);
	const pick = (id: string) => {
		setChoice(id);
		setPerson(plans.find((plan) => plan.id === id)?.person ?? '');
	};
	return (
		<section class="session-setup" aria-labelledby="session-heading">
			<h2 id="session-heading" tabIndex={-1}>
				{t('session.setup-heading')}
			</h2>
			{open && (
				<div class="session-continue">
					<p>
						{t('session.still-open', { person: open.plan.person || t('session.your-client'), plan: planLabel(open.plan, t), where: open.where })}
					</p>
					<button type="button" class="ws-primary" disabled={!ready} onClick={() => onContinue(open.session.id)}>
						{t('session.continue')}
					</button>
				</div>
			)}
			<form
				onSubmit={(event) => {
					event.preventDefault();
					onStart({ plan: choice || null, title, person, length });
				}}
			>
				<fieldset class="session-setup-fields" disabled={!ready}>
					<legend class="sr-only">{t('session.new-session')}</legend>
					<div class="ws-field">
						<label for="session-plan">{t('session.plan')}</label>
						<p class="ws-hint" id="session-plan-hint">
							{t('session.plan-hint')}
						</p>
						<select id="session-plan" aria-describedby="session-plan-hint" value={choice} onChange={(event) => pick(event.currentTarget.value)}>
							<option value={NEW}>{t('session.new-plan')}</option>
							{plans.map((plan) => (
								<option value={plan.id}>{plan.person ? t('session.plan-of-person', { plan: planLabel(plan, t), person: plan.person }) : planLabel(plan, t)}</option>
							))}
						</select>
					</div>
					{!chosen && (
						<div class="ws-field">
							<label for="session-title">{t('session.title-label')}</label>
							<input type="text" id="session-title" value={title} placeholder={t('session.title-placeholder')} onInput={(event) => setTitle(event.currentTarget.value)} />
						</div>
					)}
					<div class="ws-field">
						<label for="session-person">{t('session.person-label')}</label>
						<input type="text" id="session-person" autocomplete="off" value={person} onInput={(event) => setPerson(event.currentTarget.value)} />
					</div>
					<fieldset class="ws-field ws-group">
						<legend class="ws-label">{t('session.length')}</legend>
						<p class="ws-hint">{t('session.length-hint')}</p>
						<div class="session-lengths">
							{[...SESSION_LENGTHS, null].map((option) => (
								<label class="ws-option">
									<input
										type="radio"
										name="session-length"
										id={`session-length-${option ?? 'none'}`}
										checked={length === option}
										onChange={() => setLength(option)}
									/>
									{lengthLabel(option, t)}
								</label>
							))}
						</div>
					</fieldset>
					<button type="submit" class="ws-primary session-start">
						{t('session.start')}
					</button>
				</fieldset>
			</form>
		</section>
	);
}
