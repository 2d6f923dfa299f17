/** A counting semaphore: at most `max` holders at once, the rest queue in arrival order. */
export class Limiter {
	private active = 0;

	private readonly queue: Array<() => void> = [];

	constructor(readonly max: number) {}

	get idle(): boolean {
		return this.active === 0 && this.queue.length === 0;
	}

	async run<T>(task: () => Promise<T>): Promise<T> {
		if (this.active < this.max) this.active++;
		else await new Promise<void>((go) => this.queue.push(go));
		try {
			return await task();
		} finally {
			const next = this.queue.shift();
			if (next) next();
			else this.active--;
		}
	}
}

const perExecution = new Map<string, Limiter>();

/**
 * Runs `task` holding one of `max` slots shared by every item of the same node in the same execution.
 * n8n starts all items of a declarative node at once; this keeps the Topview tasks in flight bounded.
 */
export async function runInSlot<T>(key: string, max: number, task: () => Promise<T>): Promise<T> {
	let limiter = perExecution.get(key);
	if (!limiter) {
		limiter = new Limiter(Math.max(1, Math.floor(max)));
		perExecution.set(key, limiter);
	}
	try {
		return await limiter.run(task);
	} finally {
		if (limiter.idle && perExecution.get(key) === limiter) perExecution.delete(key);
	}
}

/** Maps `values` through `task` with at most `max` calls in flight, keeping the input order. */
export async function mapBounded<T, R>(values: T[], max: number, task: (value: T) => Promise<R>): Promise<R[]> {
	const limiter = new Limiter(Math.max(1, Math.floor(max)));
	return await Promise.all(values.map(async (value) => await limiter.run(async () => await task(value))));
}
