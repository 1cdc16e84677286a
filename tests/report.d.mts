export interface Summary {
	passed: number;
	failed: number;
	lines: string[];
	exitCode: number;
}
export function projectOf(file: string): 'unit' | 'browser' | 'engines';
export function engineOf(title: string, project: string): string | null;
export function summarise(report: unknown, ended: { vitestStatus: number | null; checkPassed: boolean; root?: string }): Summary;
export function summaryLine(summary: Pick<Summary, 'passed' | 'failed'>): string;
export function fileTimes(report: unknown, root?: string): string[];
