import { describe, expect, it } from 'vitest';
import { loopLayout, sequenceLayout, stairwayLayout, type Box, type Layout } from '../../../src/components/diagram-layout';

const centre = (box: Box): [number, number] => [box.x + box.width / 2, box.y + box.height / 2];
const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Whether a point lies on the outline of a box. */
function onEdge([x, y]: [number, number], box: Box): boolean {
	const within = x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
	return within && (x === box.x || x === box.x + box.width || y === box.y || y === box.y + box.height);
}

/** Whether every box lies inside the drawing. */
function fits(layout: Layout): boolean {
	return layout.boxes.every((b) => b.x >= 0 && b.y >= 0 && b.x + b.width <= layout.width + 1e-9 && b.y + b.height <= layout.height + 1e-9);
}

describe('a sequence diagram', () => {
	const labels = ['Goal', 'Reality', 'Options', 'Will', 'Review', 'Close'];

	it('numbers the phases in order and keeps their names', () => {
		const layout = sequenceLayout(labels);
		expect(layout.boxes.map((b) => [b.step, b.label])).toEqual(labels.map((label, i) => [i + 1, label]));
	});

	it('puts up to four phases in a row, left to right', () => {
		const layout = sequenceLayout(labels.slice(0, 4));
		expect(new Set(layout.boxes.map((b) => b.y)).size).toBe(1);
		const xs = layout.boxes.map((b) => b.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(layout.arrows).toHaveLength(3);
		expect(fits(layout)).toBe(true);
		expect(layout.width).toBe(layout.boxes[3].x + layout.boxes[3].width);
		expect(layout.height).toBe(layout.boxes[0].height);
	});

	it('wraps the fifth phase onto a new row that starts at the left', () => {
		const layout = sequenceLayout(labels);
		const [first, , , fourth, fifth, sixth] = layout.boxes;
		expect(layout.boxes.slice(0, 4).every((b) => b.y === first.y)).toBe(true);
		expect(fifth.y).toBeGreaterThan(first.y + first.height);
		expect(sixth.y).toBe(fifth.y);
		expect(fifth.x).toBe(first.x);
		expect(sixth.x).toBe(layout.boxes[1].x);
		expect(layout.width).toBe(fourth.x + fourth.width);
		expect(layout.height).toBe(fifth.y + fifth.height);
		expect(fits(layout)).toBe(true);
	});

	it('draws an arrow from each phase to the next, edge to edge', () => {
		const layout = sequenceLayout(labels);
		expect(layout.arrows).toHaveLength(labels.length - 1);
		layout.arrows.forEach((arrow, i) => {
			expect(onEdge(arrow.from, layout.boxes[i]), `arrow ${i + 1} starts on phase ${i + 1}`).toBe(true);
			expect(onEdge(arrow.to, layout.boxes[i + 1]), `arrow ${i + 1} ends on phase ${i + 2}`).toBe(true);
		});
	});

	it('points arrows in a row rightwards, and the wrapping arrow down to the next row', () => {
		const layout = sequenceLayout(labels);
		for (const i of [0, 1, 2, 4]) {
			const { from, to } = layout.arrows[i];
			expect(from[1]).toBe(to[1]);
			expect(to[0]).toBeGreaterThan(from[0]);
		}
		const wrap = layout.arrows[3];
		expect(wrap.from[1]).toBe(layout.boxes[3].y + layout.boxes[3].height);
		expect(wrap.to[1]).toBe(layout.boxes[4].y);
	});

	it('wraps at a narrower width when asked', () => {
		const layout = sequenceLayout(['A', 'B', 'C'], 2);
		expect(layout.boxes.map((b) => b.x)).toEqual([0, layout.boxes[1].x, 0]);
		expect(layout.boxes[2].y).toBeGreaterThan(layout.boxes[0].y);
	});

	it('draws a single phase as one box with no arrows', () => {
		const layout = sequenceLayout(['Goal']);
		expect(layout.boxes).toHaveLength(1);
		expect(layout.arrows).toEqual([]);
		expect([layout.width, layout.height]).toEqual([layout.boxes[0].width, layout.boxes[0].height]);
	});
});

describe('a loop diagram', () => {
	const labels = ['Plan', 'Do', 'Check', 'Act', 'Learn'];
	const layout = loopLayout(labels);
	const centres = layout.boxes.map(centre);

	it('draws as many arrows as phases', () => {
		expect(layout.boxes.map((b) => b.label)).toEqual(labels);
		expect(layout.arrows).toHaveLength(labels.length);
	});

	it('places the first phase at the top centre and goes round clockwise', () => {
		const middle: [number, number] = [layout.width / 2, layout.height / 2];
		expect(Math.min(...centres.map((c) => c[1]))).toBeCloseTo(centres[0][1], 6);
		expect(centres[0][0]).toBeCloseTo(middle[0], 6);
		expect(centres[1][0]).toBeGreaterThan(middle[0]);
		expect(centres.at(-1)![0]).toBeLessThan(middle[0]);
		expect(fits(layout)).toBe(true);
	});

	it('keeps the phases in mirror image about the vertical middle', () => {
		const middle = layout.width / 2;
		for (let i = 1; i < labels.length; i++) {
			const mirror = centres[labels.length - i];
			expect(middle - centres[i][0]).toBeCloseTo(mirror[0] - middle, 6);
			expect(centres[i][1]).toBeCloseTo(mirror[1], 6);
		}
	});

	it('runs each arrow from one phase towards the next, the last returning to the first', () => {
		const nearest = (point: [number, number]) =>
			centres.reduce((best, c, i) => (distance(point, c) < distance(point, centres[best]) ? i : best), 0);
		layout.arrows.forEach((arrow, i) => {
			expect(nearest(arrow.from), `arrow ${i + 1} starts at phase ${i + 1}`).toBe(i);
			expect(nearest(arrow.to), `arrow ${i + 1} points to the next phase`).toBe((i + 1) % labels.length);
		});
	});

	it.each([3, 4, 5, 6, 8, 10])('never overlaps boxes or draws arrows over them, with %i phases', (count) => {
		const many = loopLayout(Array.from({ length: count }, (_, i) => `Phase ${i + 1}`));
		const inside = ([x, y]: [number, number], b: Box) => x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height;
		const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
		many.boxes.forEach((a, i) => many.boxes.slice(i + 1).forEach((b) => expect(overlap(a, b), `${a.label} / ${b.label}`).toBe(false)));
		for (const arrow of many.arrows)
			for (const box of many.boxes) {
				expect(inside(arrow.from, box), `arrow start inside ${box.label}`).toBe(false);
				expect(inside(arrow.to, box), `arrow end inside ${box.label}`).toBe(false);
			}
		expect(many.arrows).toHaveLength(count);
		expect(fits(many)).toBe(true);
	});
});

describe('a stairway diagram', () => {
	const labels = ['Agreement', 'Understanding', 'Rapport', 'Communication', 'Action'];
	const layout = stairwayLayout(labels, ['Training', 'Competency', 'Ethics'], 'Success');
	const { boxes, foundation, summit } = layout;

	it('climbs left to right, each step higher than the last', () => {
		expect(boxes.map((b) => b.label)).toEqual(labels);
		for (let i = 1; i < boxes.length; i++) {
			expect(boxes[i].x).toBe(boxes[i - 1].x + boxes[i - 1].width);
			expect(boxes[i].y).toBeLessThan(boxes[i - 1].y);
		}
		expect(layout.arrows).toEqual([]);
	});

	it('stands every step on the foundation, which runs under the steps and the summit', () => {
		expect(foundation).toBeDefined();
		for (const box of boxes) expect(box.y + box.height).toBe(foundation!.y);
		expect(foundation!.x).toBe(0);
		expect(foundation!.width).toBe(layout.width);
		expect(foundation!.labels).toEqual(['Training', 'Competency', 'Ethics']);
		expect(foundation!.y + foundation!.height).toBe(layout.height);
	});

	it('puts the summit beside the top step, reaching above it', () => {
		const top = boxes.at(-1)!;
		expect(summit).toMatchObject({ label: 'Success' });
		expect(summit!.x).toBeGreaterThanOrEqual(top.x + top.width);
		expect(summit!.x + summit!.width).toBeLessThanOrEqual(layout.width);
		expect(summit!.y).toBeGreaterThanOrEqual(0);
		expect(summit!.y).toBeLessThan(top.y);
		expect(summit!.y + summit!.height).toBeGreaterThan(top.y);
		expect(summit!.y + summit!.height).toBeLessThanOrEqual(foundation!.y);
	});

	it('fits a single step too', () => {
		const one = stairwayLayout(['Start'], [], 'Goal');
		expect(one.boxes[0].y + one.boxes[0].height).toBe(one.foundation!.y);
		expect(fits(one)).toBe(true);
	});
});
