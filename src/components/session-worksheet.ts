import { CLOSE_WORKSHEET } from '../plan/session';

/**
 * The worksheet a model's session fills in: the one named after the model, else the session-close
 * worksheet when it belongs to the model (ICF competency 8), else the first of the model's worksheets
 * by id; `undefined` when the model has none, and so no session page.
 */
export function sessionWorksheetOf<T extends { id: string; data: { model: string } }>(model: string, worksheets: T[]): T | undefined {
	const mine = worksheets.filter((sheet) => sheet.data.model === model).sort((a, b) => a.id.localeCompare(b.id));
	return mine.find((sheet) => sheet.id === model) ?? mine.find((sheet) => sheet.id === CLOSE_WORKSHEET) ?? mine[0];
}
