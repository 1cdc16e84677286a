import type { SalvageResult } from '../../store/salvage';
import { useT } from './words';

/** What salvage made: the new plan's name, the answers read back, and those that could not be. */
export function SalvageReport({ result }: { result: SalvageResult }) {
	const t = useT();
	if (!result.ok) return <p class="plans-error">{t(`common.salvage-${result.why}`)}</p>;
	const { plan, salvaged } = result;
	return (
		<div class="ws-salvage-report">
			<p>{t('common.salvage-saved', { title: plan.title })}</p>
			{salvaged.recovered.length > 0 && (
				<>
					<p>{t('common.salvage-recovered', { count: salvaged.recovered.length })}</p>
					<ul>
						{salvaged.recovered.map((field) => (
							<li key={field.id}>{field.label}</li>
						))}
					</ul>
				</>
			)}
			{salvaged.lost.length > 0 ? (
				<>
					<p>{t('common.salvage-lost', { count: salvaged.lost.length })}</p>
					<ul>
						{salvaged.lost.map((field) => (
							<li key={field.id}>{field.label}</li>
						))}
					</ul>
				</>
			) : (
				<p>{t('common.salvage-none-lost')}</p>
			)}
		</div>
	);
}
