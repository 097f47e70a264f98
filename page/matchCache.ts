import type { RawMatch } from '../spotter/matcher';
import type { SpotEntity, Spotter } from '../spotter/spotter';
import type { Slicer } from './slicer';
import { textKey } from './textKey';

/** Texts are sent to the spotter in batches of about this many characters. */
const BATCH_CHARS = 128_000;
/** Past this many cached characters, texts no longer on the page are dropped, so a live blog cannot grow the cache for ever. */
const MAX_CACHED_CHARS = 2_000_000;

/**
 * Raw matches by block text, kept across passes: a re-scan after a mutation sends only the blocks
 * whose text is new, so a live blog's new post costs its own length, not the page's. Keyed by a hash
 * of the text, not the text: the page's prose stays the page's, not a second copy in our heap.
 */
export class MatchCache {
  private byKey = new Map<number, { matches: RawMatch[]; length: number }>();
  private chars = 0;
  private epoch: string | null = null;
  private recheck = false;
  /** The entities the cached matches point at, by index. */
  readonly entities = new Map<number, SpotEntity>();
  /** How many texts the last `fill` had to send to the spotter (for tests and the bench). */
  lastSent = 0;

  constructor(private readonly spotter: Spotter) {}

  /** The raw matches of each text, in order, asking the spotter only for texts not cached yet. */
  async fill(texts: readonly string[], slicer?: Slicer): Promise<RawMatch[][]> {
    const keys: number[] = [];
    const missing = await this.missing(texts, keys, slicer);
    this.lastSent = missing.length;
    if (this.chars + missing.reduce((n, t) => n + t.text.length, 0) > MAX_CACHED_CHARS) {
      // Keep what is still on the page (a page longer than the cap keeps all of its own texts):
      // a new post on a huge page still costs its own length.
      const onPage = new Set(keys);
      for (const [key, entry] of this.byKey) {
        if (!onPage.has(key)) { this.byKey.delete(key); this.chars -= entry.length; }
      }
    }
    const all = [...batches(missing)];
    // Nothing new to match, but the index may have changed: an empty batch still answers its epoch.
    if (all.length === 0 && this.recheck && this.epoch !== null) all.push([]);
    this.recheck = false;
    for (const batch of all) {
      const asked = this.spotter.spot(batch.map((t) => t.text));
      const result = await (slicer ? slicer.wait(asked) : asked);
      if (this.epoch !== null && result.epoch !== this.epoch) {
        // The index changed under us: earlier matches may be stale, so start over with everything.
        this.reset();
        this.epoch = result.epoch;
        return this.fill(texts, slicer);
      }
      this.epoch = result.epoch;
      for (const [i, e] of Object.entries(result.entities)) this.entities.set(Number(i), e);
      batch.forEach(({ text, key }, i) => { this.byKey.set(key, { matches: result.matches[i] ?? [], length: text.length }); this.chars += text.length; });
      await slicer?.tick();
    }
    return keys.map((k) => this.byKey.get(k)?.matches ?? []);
  }

  /**
   * The texts not cached yet, each once, and every text's key into `keys`. Hashing reads all of a
   * text, so this is sliced too: done in one go, a 5 MB page's lookups were one task of 50-150 ms.
   */
  private async missing(texts: readonly string[], keys: number[], slicer?: Slicer): Promise<Keyed[]> {
    const missing = new Map<number, string>();
    for (const text of texts) {
      const key = textKey(text);
      keys.push(key);
      if (!this.byKey.has(key)) missing.set(key, text);
      await slicer?.tick();
    }
    return [...missing].map(([key, text]) => ({ key, text }));
  }

  /** The next `fill` asks for the index's epoch even if every text is cached (the reader added a name, say). */
  recheckEpoch(): void {
    this.recheck = true;
  }

  private reset(): void {
    this.byKey.clear();
    this.entities.clear();
    this.chars = 0;
  }
}

interface Keyed {
  key: number;
  text: string;
}

function* batches(texts: readonly Keyed[]): Generator<Keyed[]> {
  let batch: Keyed[] = [];
  let size = 0;
  for (const t of texts) {
    if (size + t.text.length > BATCH_CHARS && batch.length > 0) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(t);
    size += t.text.length;
  }
  if (batch.length > 0) yield batch;
}
