import type { Stage } from '../../../src/schemas/model';

/** The session facts every phase now needs (stage, time share, questions), for test fixtures. */
export const askAbout = (stage: Stage, timeShare: number) => ({
	stage,
	timeShare,
	questions: ['What do you want?', 'What else?', 'What will you do first?'],
});
