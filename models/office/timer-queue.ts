/** A device timer: an XState delayed event the office system fires itself. */
export interface Timer {
  due: number;
  /** Tie-break for equal `due`: the order timers were set in. */
  order: number;
  actorId: string;
  sendId: string;
  event: { type: string };
}

/**
 * Pending timers sorted by (due, order). Keeping them here, not in XState's
 * scheduler, is what lets pure `transition()` drive the devices and lets a
 * rebuild re-create them by replaying inputs.
 */
export class TimerQueue {
  private items: Timer[] = [];
  private counter = 0;

  add(t: Omit<Timer, 'order'>): void {
    const timer: Timer = {
      due: t.due,
      actorId: t.actorId,
      sendId: t.sendId,
      event: t.event,
      order: this.counter++,
    };
    let i = this.items.length;
    // New timers are usually the latest: scan from the end.
    while (i > 0) {
      const prev = this.items[i - 1]!;
      if (prev.due < timer.due || (prev.due === timer.due && prev.order < timer.order)) break;
      i--;
    }
    this.items.splice(i, 0, timer);
  }

  cancel(actorId: string, sendId: string): void {
    const i = this.items.findIndex((t) => t.actorId === actorId && t.sendId === sendId);
    if (i >= 0) this.items.splice(i, 1);
  }

  /** Removes and returns the earliest timer due at or before `at`. */
  popDue(at: number): Timer | undefined {
    const first = this.items[0];
    if (!first || first.due > at) return undefined;
    this.items.shift();
    return first;
  }

  /** Becomes a copy of `other` (timers are never changed once set: they are shared). */
  copyFrom(other: TimerQueue): void {
    this.items = other.items.slice();
    this.counter = other.counter;
  }

  peek(): Timer | undefined {
    return this.items[0];
  }

  list(): readonly Timer[] {
    return this.items;
  }
}
