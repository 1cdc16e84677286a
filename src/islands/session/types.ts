import type { WorksheetDefinition } from '../../schemas/worksheet';

/** A phase of the model as the session shows it (from content/models/<model>.yaml). */
export interface SessionPhase {
	id: string;
	name: string;
	letter?: string;
	summary: string;
	timeShare: number;
	/** Happens between sessions: no time of the session (see `phaseBudgets`). */
	betweenSessions?: boolean;
	questions: string[];
}

/** The close every session ends with: ICF competency 8's markers and the session-close worksheet. */
export interface SessionClose {
	/** Markers 8.1 to 8.9, in the site's own words, with their example questions. */
	markers: SessionPhase[];
	definition: WorksheetDefinition;
	/** Address of the session-close worksheet page. */
	href: string;
}

/** What the session page passes to the island, all built from content data. */
export interface SessionProps {
	model: { id: string; name: string };
	phases: SessionPhase[];
	definition: WorksheetDefinition;
	/** Address of the worksheet page of this session's plan. */
	worksheetHref: string;
	/** Absent when the session's own worksheet is the close (ICF competency 8). */
	close?: SessionClose;
}
