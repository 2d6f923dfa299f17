import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { isTerminal, statusOf, type TaskFamily } from '../shared/families';
import { topviewRequest } from '../shared/transport';

/** A task as the trigger sees it: its ID, status, and the JSON to emit once it is terminal. */
export interface TaskRecord {
	taskId: string;
	status: string;
	json: IDataObject;
}

export interface Discovery {
	/** Task IDs to watch from now on. */
	taskIds: string[];
	/** Records already read while discovering (board listings carry status), saving a query each. */
	known: Map<string, TaskRecord>;
	/** Task IDs to stop watching (removed from a Specific Tasks list). */
	unwatch?: string[];
	/** IDs that exist at the baseline and must not be emitted (history). */
	history?: string[];
	/** IDs the user listed (Specific Tasks): remembered as emitted for as long as they stay listed. */
	listed?: string[];
	cursor?: number;
}

/** Where the trigger learns which tasks to watch, and how it reads one task. */
export interface TaskSource {
	/** Identifies the memory: a change starts a new baseline. */
	configKey: string;
	/** Whether the first poll only records a baseline (account and board) instead of emitting. */
	baselineFirst: boolean;
	discover(this: IPollFunctions, cursor: number | undefined, pending: string[]): Promise<Discovery>;
	read(this: IPollFunctions, taskId: string): Promise<TaskRecord>;
	/** The most recent finished task, for Fetch Test Event. */
	sample(this: IPollFunctions): Promise<TaskRecord | undefined>;
}

function record(taskId: string, json: IDataObject | null | undefined, family?: TaskFamily): TaskRecord {
	const data = json ?? {};
	return { taskId, status: statusOf(family, data), json: { ...data, taskId } };
}

function familyReader(family: TaskFamily) {
	return async function (this: IPollFunctions, taskId: string): Promise<TaskRecord> {
		const result = (await topviewRequest.call(this, {
			method: 'GET',
			path: family.queryPath,
			qs: { taskId },
			taskId,
		})) as IDataObject | null;
		return record(taskId, result, family);
	};
}

/** Splits a Specific Tasks value: an array, or text separated by commas, spaces or new lines. */
export function parseTaskIds(value: unknown): string[] {
	const parts = Array.isArray(value) ? value.map(String) : String(value ?? '').split(/[\s,;]+/);
	return [...new Set(parts.map((part) => part.trim()).filter(Boolean))];
}

/** Fetch Test Event reads at most this many tasks, newest first, looking for a finished one. */
const sampleReads = 20;

/** Specific Tasks: the IDs the user listed. */
export function taskListSource(family: TaskFamily, taskIds: string[]): TaskSource {
	const read = familyReader(family);
	return {
		configKey: `${family.id}:taskIds`,
		baselineFirst: false,
		async discover(_cursor, pending) {
			const listed = new Set(taskIds);
			return { taskIds, known: new Map(), unwatch: pending.filter((id) => !listed.has(id)), listed: taskIds };
		},
		read,
		async sample() {
			for (const taskId of [...taskIds].reverse().slice(0, sampleReads)) {
				const task = await read.call(this, taskId);
				if (isTerminal(task.status)) return task;
			}
			return undefined;
		},
	};
}

const logPageSize = 100;
const logPagesPerPoll = 10;
/** Credit-log entries can appear late; each poll looks this far behind the newest entry already seen. */
const logOverlapMs = 60 * 60_000;

/** Topview's UTC `yyyy-MM-dd HH:mm:ss` (or ISO, or epoch) → epoch ms. */
export function parseTopviewTime(value: unknown): number | undefined {
	if (typeof value === 'number') return value < 1e12 ? value * 1000 : value;
	if (typeof value !== 'string' || !value.trim()) return undefined;
	const text = value.trim();
	const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(text) ? `${text.replace(' ', 'T')}Z` : text;
	const ms = Date.parse(iso);
	return Number.isNaN(ms) ? undefined : ms;
}

export function formatTopviewTime(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** All Tasks on the Account: task IDs from the credit log (`GET /user/credit/logs`) of the family's task type. */
export function accountSource(family: TaskFamily): TaskSource {
	const read = familyReader(family);
	// planFor offers this source only to families with a documented task type.
	const taskType = family.taskType ?? '';
	async function logEntries(this: IPollFunctions, since: number | undefined, maxPages: number) {
		const entries: Array<{ taskId: string; at: number }> = [];
		for (let pageNo = 1; pageNo <= maxPages; pageNo++) {
			const qs: IDataObject = { taskType, pageNo, pageSize: logPageSize };
			if (since !== undefined) qs.startTime = formatTopviewTime(since);
			const page = (await topviewRequest.call(this, { method: 'GET', path: '/user/credit/logs', qs })) as
				| { data?: IDataObject[]; total?: number }
				| null;
			const data = Array.isArray(page?.data) ? page.data : [];
			for (const entry of data) {
				if (entry.taskType !== undefined && String(entry.taskType) !== taskType) continue;
				if (typeof entry.taskId !== 'string' || !entry.taskId) continue;
				entries.push({ taskId: entry.taskId, at: parseTopviewTime(entry.date) ?? 0 });
			}
			if (data.length < logPageSize) break;
		}
		return entries;
	}
	return {
		configKey: `${family.id}:account`,
		baselineFirst: true,
		async discover(cursor) {
			if (cursor === undefined) {
				// Baseline. A later poll reads the log from an overlap before its cursor, so the baseline reads
				// that same window (whatever the log's page order) and records all of it as history. The cursor
				// is never before activation, so no later window reaches back past what the baseline read.
				const activatedAt = Date.now();
				const entries = await logEntries.call(this, activatedAt - logOverlapMs, logPagesPerPoll);
				const taskIds = entries.map((entry) => entry.taskId);
				const newest = entries.reduce((max, entry) => Math.max(max, entry.at), activatedAt);
				return { taskIds, known: new Map(), history: taskIds, cursor: newest };
			}
			const entries = await logEntries.call(this, cursor - logOverlapMs, logPagesPerPoll);
			const newest = entries.reduce((max, entry) => Math.max(max, entry.at), cursor);
			return { taskIds: entries.map((entry) => entry.taskId), known: new Map(), history: [], cursor: newest };
		},
		read,
		async sample() {
			// Newest charged tasks first; a task may still be running when it is charged, so skip unfinished ones.
			const entries = (await logEntries.call(this, undefined, 1)).sort((a, b) => b.at - a.at);
			const taskIds = [...new Set(entries.map((entry) => entry.taskId))].slice(0, sampleReads);
			for (const taskId of taskIds) {
				const task = await read.call(this, taskId);
				if (isTerminal(task.status)) return task;
			}
			return undefined;
		},
	};
}

const boardPageSize = 50;
const boardPagesPerPoll = 10;

function boardRecord(boardId: string, item: IDataObject): TaskRecord {
	const taskId = String(item.taskId ?? item.boardTaskId ?? '');
	return record(taskId, { ...item, boardId });
}

/** Board Task Finished: every task of any family filed in one Topview board (`GET /boards/tasks/list`). */
export function boardSource(boardId: string): TaskSource {
	async function listPages(this: IPollFunctions, cursor: number | undefined, maxPages: number) {
		const records: TaskRecord[] = [];
		let newest = cursor ?? 0;
		for (let pageNo = 1; pageNo <= maxPages; pageNo++) {
			const page = (await topviewRequest.call(this, {
				method: 'GET',
				path: '/boards/tasks/list',
				qs: { boardId, pageNo, pageSize: boardPageSize, sortField: 'gmtCreate', sortOrder: 'desc' },
			})) as { list?: IDataObject[]; data?: IDataObject[] } | null;
			const list = Array.isArray(page?.list) ? page.list : Array.isArray(page?.data) ? page.data : [];
			let reachedSeen = false;
			for (const item of list) {
				const created = parseTopviewTime(item.gmtCreate) ?? 0;
				newest = Math.max(newest, created);
				if (cursor !== undefined && created && created < cursor) reachedSeen = true;
				records.push(boardRecord(boardId, item));
			}
			if (reachedSeen || list.length < boardPageSize) break;
		}
		return { records: records.filter((entry) => entry.taskId), newest };
	}
	return {
		configKey: `board:${boardId}`,
		baselineFirst: true,
		async discover(cursor) {
			const { records, newest } = await listPages.call(this, cursor, cursor === undefined ? 1 : boardPagesPerPoll);
			const known = new Map(records.map((entry) => [entry.taskId, entry]));
			const history = cursor === undefined ? records.filter((entry) => isTerminal(entry.status)).map((entry) => entry.taskId) : [];
			return { taskIds: records.map((entry) => entry.taskId), known, history, cursor: newest || Date.now() };
		},
		async read(taskId) {
			const detail = (await topviewRequest.call(this, {
				method: 'GET',
				path: '/boards/tasks/detail',
				qs: { taskId },
				taskId,
			})) as IDataObject | null;
			return boardRecord(boardId, { ...(detail ?? {}), taskId });
		},
		async sample() {
			const { records } = await listPages.call(this, undefined, 1);
			return records.find((entry) => isTerminal(entry.status));
		},
	};
}
