// The proxy base: like an Office.js ClientObject, a fake object's properties can be read only
// after load() and a successful sync(); writes and method calls are queued for the next sync;
// *OrNullObject results tell isNullObject after a sync. Unknown properties cannot be added.
import { FakeOfficeError, notLoaded } from "./errors";
import { jsonBytes, type FakeContext } from "./context";

/**
 * How a proxy finds its target: already known, found by a queued action (`bytes`: the JSON of
 * the call's arguments, "A1:B2" for getRange), or from its parent (range.format, format.font).
 */
export type Source<T> =
  | { bound: T }
  | { resolve: () => T | null; bytes?: number }
  | { derive: () => T; parent: FakeObject<unknown> };

export abstract class FakeObject<T> {
  private target: T | null | undefined = undefined;
  private known = false;
  private readonly derive: (() => T) | null = null;
  private readonly parent: FakeObject<unknown> | null = null;
  /** The request whose payload already carries this proxy's object path. */
  private sentIn = -1;
  private readonly find: (() => T | null) | null = null;
  private readonly loaded = new Map<string, unknown>();
  private readonly local = new Map<string, unknown>();
  protected abstract readonly loadable: readonly string[];

  constructor(
    readonly context: FakeContext,
    source: Source<T>,
  ) {
    if ("bound" in source) {
      this.target = source.bound;
      this.known = true;
    } else if ("derive" in source) {
      this.derive = source.derive;
      this.parent = source.parent;
    } else {
      this.find = source.resolve;
      // Found in order with the other actions of its request; its path is in that request.
      this.sentIn = context.request;
      context.enqueue({ bytes: source.bytes ?? 0, path: true, run: () => void this.locate() });
    }
  }

  /** The request in which this proxy's isNullObject was last promised to the response. */
  private announcedIn = -1;

  /**
   * The object (or null) this proxy stands for, found the first time a running request needs
   * it. A proxy whose request failed before it was found is found by the next request that
   * uses it, as Office.js sends an object's path along with every action on it.
   */
  private locate(): T | null {
    if (this.target === undefined && this.find) this.target = this.find();
    if (this.target === undefined) throw new FakeOfficeError("GeneralException", "fake: object not resolved yet");
    if (!this.known && this.announcedIn !== this.context.round) {
      this.announcedIn = this.context.round;
      this.context.addOutcome({ bytes: 20, publish: () => (this.known = true) });
    }
    return this.target;
  }

  /** The target while actions run; a null object cannot be written to or called. */
  resolved(): T {
    if (this.derive) return this.derive();
    const target = this.locate();
    if (target === null) throw new FakeOfficeError("InvalidOperation", "the object is a null object");
    return target;
  }

  get isNullObject(): boolean {
    if (this.derive) return false;
    if (!this.known) throw notLoaded("isNullObject");
    return this.target === null;
  }

  /** Reads a loaded (or locally set) property, as the public getters do. */
  protected prop<V>(name: string): V {
    if (!this.derive && this.known && this.target === null) {
      throw new FakeOfficeError("InvalidOperation", `'${name}' of a null object`);
    }
    if (this.loaded.has(name)) return this.loaded.get(name) as V;
    if (this.local.has(name)) return this.local.get(name) as V;
    throw notLoaded(name);
  }

  /** Queues setting a property; reading it back before a load returns what was set. */
  protected assign(name: string, value: unknown, apply: (t: T) => void): void {
    this.local.set(name, value);
    this.act(jsonBytes(value ?? null), apply);
  }

  protected act(bytes: number, apply: (t: T) => void): void {
    this.sendPath();
    this.context.enqueue({ bytes, run: () => apply(this.resolved()) });
  }

  /**
   * A derived proxy's object path (and its parents') goes with the first action on it in a
   * request, as Office.js sends every path an action refers to.
   */
  protected sendPath(): void {
    if (this.sentIn === this.context.request) return;
    this.sentIn = this.context.request;
    if (this.derive) this.context.enqueue({ bytes: 0, path: true, run: () => undefined });
    this.parent?.sendPath();
  }

  /** The current value of a loadable property, read from the state while actions run. */
  protected abstract read(name: string, target: T): unknown;

  load(spec?: string | string[] | { select?: string }): this {
    const names = loadNames(spec, this.loadable);
    for (const n of names) {
      if (!this.loadable.includes(n)) throw new FakeOfficeError("InvalidArgument", `fake: '${n}' cannot be loaded here`);
    }
    this.sendPath();
    this.context.enqueue({
      bytes: names.join(",").length,
      run: () => {
        if (!this.derive && this.locate() === null) return { bytes: 20, publish: () => undefined };
        const t = this.resolved();
        const snapshot = new Map(names.map((n) => [n, this.read(n, t)] as const));
        return {
          bytes: jsonBytes(Object.fromEntries(snapshot)),
          publish: () => snapshot.forEach((v, k) => this.loaded.set(k, v)),
        };
      },
    });
    return this;
  }

  /** Marks properties as loaded with values taken at the same sync (items of a collection). */
  protected publishLoaded(values: Map<string, unknown>): void {
    values.forEach((v, k) => this.loaded.set(k, v));
  }
}

export function loadNames(spec: string | string[] | { select?: string } | undefined, all: readonly string[]): string[] {
  if (spec === undefined) return [...all];
  const text = Array.isArray(spec) ? spec.join(",") : typeof spec === "string" ? spec : (spec.select ?? "");
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
