import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Rewrites every built HTML page under `dir` with `rewrite`; a page it returns `null` for stays as it is. */
export function rewritePages(dir: URL, rewrite: (html: string) => string | null) {
	const out = fileURLToPath(dir);
	for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))) {
		const file = join(out, name);
		const page = rewrite(readFileSync(file, 'utf8'));
		if (page !== null) writeFileSync(file, page);
	}
}
