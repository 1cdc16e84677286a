import type { SalvageResult } from '../../store/salvage';

/** What salvage made: the new plan's name, the answers read back, and those that could not be. */
export function SalvageReport({ result }: { result: SalvageResult }) {
	if (!result.ok) return <p class="plans-error">{result.message}</p>;
	const { plan, salvaged } = result;
	return (
		<div class="ws-salvage-report">
			<p>
				Saved what could be read as a new plan, “{plan.title}”. The damaged original is still kept aside, unchanged.
			</p>
			{salvaged.recovered.length > 0 && (
				<>
					<p>Recovered ({salvaged.recovered.length}):</p>
					<ul>
						{salvaged.recovered.map((field) => (
							<li key={field.id}>{field.label}</li>
						))}
					</ul>
				</>
			)}
			{salvaged.lost.length > 0 ? (
				<>
					<p>Could not be read ({salvaged.lost.length}):</p>
					<ul>
						{salvaged.lost.map((field) => (
							<li key={field.id}>{field.label}</li>
						))}
					</ul>
				</>
			) : (
				<p>No other answer was found in what is left of the record; answers written after the damage may be lost.</p>
			)}
		</div>
	);
}
