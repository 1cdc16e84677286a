import type { RawContent } from '../../../src/build/content-check/load';
import { dialogueSchema, type Dialogue } from '../../../src/schemas/dialogue';
import { wordCount } from './mdx-words';

/** Every dialogue under `content/dialogues/`, parsed, by id ("grow/goal"); a file that fails its schema is left out. */
export function loadDialogues(content: RawContent): Map<string, Dialogue> {
	const dialogues = new Map<string, Dialogue>();
	for (const file of content.dialogues) {
		const parsed = dialogueSchema.safeParse(file.data);
		if (parsed.success) dialogues.set(file.id, parsed.data);
	}
	return dialogues;
}

export { dialogueIdsIn } from '../../../src/components/dialogue-ids';

/** The words a reader reads in a dialogue: names, turns and margin notes. */
export function dialogueWords(dialogue: Dialogue | undefined): number {
	if (!dialogue) return 0;
	return dialogue.turns.reduce((sum, turn) => sum + 1 + wordCount(turn.text) + (turn.note ? wordCount(turn.note) : 0), 0);
}
