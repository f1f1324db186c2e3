/** Who a job is for: a tab's id, or an extension page (the popup's "check a text"). */
export type Owner = number | string;

interface Backlog<T> {
  jobs: T[];
  /** Worker time charged to this owner (ms), on the queue's clock (see `floor`). */
  used: number;
  /** When it was last served (a counter): ties go to the owner served least recently. */
  served: number;
}

/**
 * What an owner that arrives (a new tab, or one back after a pause) may run before the owners already
 * waiting get their next turn: a listing's first ads cost tens of milliseconds each, so its first batch is
 * read in one go behind at most the one ad already in the worker; and an owner that arrives again and again
 * gains no more than this each time.
 */
export const ARRIVAL_ALLOWANCE_MS = 500;

/**
 * Jobs of several owners (tabs) for one worker, served so that each owner waiting gets an equal share of
 * the worker's time: round-robin by tab, weighted by what each job really cost (plain round-robin by ad
 * would still make a tab with a dozen short ads wait a dozen of another tab's slow ones). The owner that
 * used the least time goes next. One that arrives starts level with the owners waiting, less
 * ARRIVAL_ALLOWANCE_MS, so it runs next and is never behind another tab's backlog; one back from a pause
 * keeps the time it used, so it cannot claim time it did not use while away. Within one owner, jobs keep
 * their order. (The scheduling of Linux's CFS, with owners for tasks and the worker for the processor.)
 */
export class FairQueue<T> {
  private readonly backlogs = new Map<Owner, Backlog<T>>();
  private turns = 0;
  /** The time used by the owner served last, never decreasing: where an arriving owner starts. */
  private floor = 0;

  get size(): number {
    let size = 0;
    for (const backlog of this.backlogs.values()) size += backlog.jobs.length;
    return size;
  }

  push(owner: Owner, job: T): void {
    const start = this.floor - ARRIVAL_ALLOWANCE_MS;
    const known = this.backlogs.get(owner);
    if (!known) this.backlogs.set(owner, { jobs: [job], used: start, served: -1 });
    else {
      if (known.jobs.length === 0) known.used = Math.max(known.used, start);
      known.jobs.push(job);
    }
  }

  /** The next job: the first one of the owner that used the least time (ties: served least recently). */
  next(): { owner: Owner; job: T } | undefined {
    let pick: [Owner, Backlog<T>] | undefined;
    for (const entry of this.backlogs) {
      const [, backlog] = entry;
      if (backlog.jobs.length === 0) continue;
      if (!pick || backlog.used < pick[1].used || (backlog.used === pick[1].used && backlog.served < pick[1].served)) pick = entry;
    }
    if (!pick) return undefined;
    const [owner, backlog] = pick;
    backlog.served = this.turns++;
    this.floor = Math.max(this.floor, backlog.used);
    return { owner, job: backlog.jobs.shift() as T };
  }

  /** Charges the time a job of `owner` took. Once nothing is queued at all, every owner starts afresh. */
  charge(owner: Owner, ms: number): void {
    const backlog = this.backlogs.get(owner);
    if (backlog) backlog.used += Math.max(0, ms);
    if (this.size === 0) {
      this.backlogs.clear();
      this.floor = 0;
    }
  }

  /** Removes the owner's queued jobs (its tab closed or loaded another page) and returns them; it is forgotten. */
  drop(owner: Owner): T[] {
    const jobs = this.backlogs.get(owner)?.jobs ?? [];
    this.backlogs.delete(owner);
    return jobs;
  }
}
