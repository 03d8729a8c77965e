/**
 * The deferred parts of one incremental answer. Each deferred block of the plan runs as soon as
 * the Defer node it belongs to has its primary part (its fetches start then, beside whatever else
 * runs); once its fetches are done and the part it is nested in has been sent, its data is shaped
 * on every object the earlier part found its fragment on, and the part is queued for the client,
 * in the order parts complete. `hasNext` is false on the part after which none is left.
 */
import type { GraphQLError } from 'graphql';
import type { StepScope, DeferredBlock } from './compile-plan';
import type { DeferTarget } from './compile-shape';

export interface IncrementalItem {
  data: Record<string, unknown> | null;
  path: Array<string | number>;
  label?: string;
  errors?: GraphQLError[];
}

/** One payload after the primary part (`deferSpec=20220824`). */
export interface SubsequentPart {
  incremental?: IncrementalItem[];
  hasNext: boolean;
}

/** A part sent or to be sent: its errors, and when it was sent (its nested parts go after it). */
export interface PartState {
  errors: GraphQLError[];
  sent: Promise<void>;
}

export interface DeferredPartsOptions {
  /** Shapes block `label`'s data on the targets found so far: the items of its part (errors placed on them). */
  shape(label: string, targets: readonly DeferTarget[], errors: GraphQLError[]): IncrementalItem[];
  /** Wraps the running of each block (a span, a timer). */
  around<T>(label: string | undefined, run: () => Promise<T>): Promise<T>;
}

export class DeferredParts implements AsyncIterable<SubsequentPart> {
  /** Targets found by every part shaped so far; a part's own targets are found when its parent is shaped. */
  readonly targets: DeferTarget[] = [];
  private pending = 0;
  private readonly ready: SubsequentPart[] = [];
  private wake: (() => void) | undefined;
  private done = false;

  constructor(private readonly options: DeferredPartsOptions) {}

  /** A block handed over by a Defer node, nested in the part `parent`. */
  add(block: DeferredBlock, scope: StepScope, parent: PartState): void {
    this.pending++;
    let sent!: () => void;
    const part: PartState = { errors: [], sent: new Promise<void>((resolve) => (sent = resolve)) };
    const blockScope: StepScope = { ...scope, errors: part.errors, defer: (nested, nestedScope) => this.add(nested, nestedScope, part) };
    const label = block.label;
    void (async () => {
      try {
        await this.options.around(label, () => block.run(blockScope));
      } catch (error) {
        part.errors.push(error as GraphQLError);
      }
      await parent.sent;
      const items = label === undefined ? [] : this.options.shape(label, this.targets, part.errors);
      this.pending--;
      this.push(items.length ? { incremental: items, hasNext: this.pending > 0 } : { hasNext: this.pending > 0 });
      sent();
    })();
  }

  /** Whether any block was handed over. */
  get started(): boolean {
    return this.pending > 0 || this.ready.length > 0;
  }

  private push(part: SubsequentPart): void {
    this.ready.push(part);
    if (!part.hasNext) this.done = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SubsequentPart> {
    for (;;) {
      const next = this.ready.shift();
      if (next) {
        yield next;
        if (!next.hasNext) return;
        continue;
      }
      if (this.done) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }
}
