/** Pure geometry for the model diagrams, kept apart from markup so it can be unit-tested. */

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
	label: string;
	/** 1-based position in the model's order. */
	step: number;
}
export interface Arrow {
	from: [number, number];
	to: [number, number];
}
export interface Layout {
	width: number;
	height: number;
	boxes: Box[];
	arrows: Arrow[];
	/** Stairway only: the foundation bar's pillars and the summit door. */
	foundation?: { x: number; y: number; width: number; height: number; labels: string[] };
	summit?: { x: number; y: number; width: number; height: number; label: string };
}

const BOX_W = 150;
const BOX_H = 56;
const GAP = 36;
/** Height of one line of label text. */
const LINE_H = 18;
/** Characters that fit on one line of a box. */
const LINE_CHARS = 18;

/** A label broken into lines that fit a box, at spaces (a single long word keeps its own line). */
export function wrapLabel(label: string, max = LINE_CHARS): string[] {
	const lines: string[] = [];
	for (const word of label.split(' ')) {
		const last = lines.length - 1;
		if (last >= 0 && `${lines[last]} ${word}`.length <= max) lines[last] += ` ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** Phases left to right, wrapping after `perRow`, with an arrow from each phase to the next. */
export function sequenceLayout(labels: string[], perRow = 4): Layout {
	const columns = Math.min(perRow, labels.length);
	const rows = Math.ceil(labels.length / columns);
	// Every box is tall enough for the longest label, so the grid stays even.
	const boxH = Math.max(BOX_H, 16 + LINE_H * Math.max(...labels.map((label) => wrapLabel(label).length)));
	const boxes = labels.map((label, i) => ({
		x: (i % columns) * (BOX_W + GAP),
		y: Math.floor(i / columns) * (boxH + GAP),
		width: BOX_W,
		height: boxH,
		label,
		step: i + 1,
	}));
	const arrows = boxes.slice(1).map((box, i) => {
		const prev = boxes[i];
		return prev.y === box.y
			? { from: [prev.x + BOX_W, prev.y + boxH / 2], to: [box.x, box.y + boxH / 2] }
			: { from: [prev.x + BOX_W / 2, prev.y + boxH], to: [box.x + BOX_W / 2, box.y] };
	}) as Arrow[];
	return { width: columns * BOX_W + (columns - 1) * GAP, height: rows * boxH + (rows - 1) * GAP, boxes, arrows };
}

/** Phases round an ellipse, clockwise from the top, with the last arrow returning to the first. */
export function loopLayout(labels: string[]): Layout {
	// Wide enough that neighbouring boxes never overlap, whatever the number of phases.
	const rx = Math.max(180, (BOX_W * labels.length) / 4.2);
	const ry = Math.max(120, (BOX_H * labels.length) / 2.4);
	const cx = rx + BOX_W / 2;
	const cy = ry + BOX_H / 2;
	const centres = labels.map((_, i) => {
		const angle = -Math.PI / 2 + (2 * Math.PI * i) / labels.length;
		return [cx + rx * Math.cos(angle), cy + ry * Math.sin(angle)] as [number, number];
	});
	const boxes = labels.map((label, i) => ({
		x: centres[i][0] - BOX_W / 2,
		y: centres[i][1] - BOX_H / 2,
		width: BOX_W,
		height: BOX_H,
		label,
		step: i + 1,
	}));
	// Arrows run between box edges along the chord, shortened so they do not hide the labels.
	const arrows = centres.map((from, i) => {
		const to = centres[(i + 1) % centres.length];
		const dx = to[0] - from[0];
		const dy = to[1] - from[1];
		const length = Math.hypot(dx, dy);
		// Where the chord leaves a box: the nearer of its vertical and horizontal edges, plus a small gap.
		const edge = Math.min(dx ? BOX_W / 2 / Math.abs(dx) : Infinity, dy ? BOX_H / 2 / Math.abs(dy) : Infinity);
		const trim = Math.min(0.45, edge + 6 / length);
		return {
			from: [from[0] + dx * trim, from[1] + dy * trim],
			to: [to[0] - dx * trim, to[1] - dy * trim],
		};
	}) as Arrow[];
	return { width: 2 * cx, height: 2 * cy, boxes, arrows };
}

/** Steps rising left to right on a foundation, leading to the summit door at the top. */
export function stairwayLayout(labels: string[], foundation: string[], summit: string): Layout {
	const stepW = 130;
	const rise = 44;
	const stepH = BOX_H;
	const foundationH = 48;
	const doorW = 110;
	const top = 20;
	const stairsH = labels.length * rise + stepH;
	const boxes = labels.map((label, i) => ({
		x: i * stepW,
		y: top + stairsH - stepH - i * rise,
		width: stepW,
		height: stepH + i * rise,
		label,
		step: i + 1,
	}));
	const stairsW = labels.length * stepW;
	const lastTop = boxes[boxes.length - 1].y;
	return {
		width: stairsW + doorW + 10,
		height: top + stairsH + foundationH,
		boxes,
		arrows: [],
		summit: { x: stairsW + 10, y: Math.max(0, lastTop - 90), width: doorW, height: 90 + stepH, label: summit },
		foundation: { x: 0, y: top + stairsH, width: stairsW + doorW + 10, height: foundationH, labels: foundation },
	};
}
