import type { RawMatch } from '../spotter/matcher';
import type { SpotEntity, Spotter } from '../spotter/spotter';
import type { Slicer } from './slicer';

/** Texts are sent to the spotter in batches of about this many characters. */
const BATCH_CHARS = 128_000;
/** Past this many cached characters the cache starts again, so a live blog cannot grow it forever. */
const MAX_CACHED_CHARS = 2_000_000;

/**
 * Raw matches by block text, kept across passes: a re-scan after a mutation sends only the blocks
 * whose text is new, so a live blog's new post costs its own length, not the page's.
 */
export class MatchCache {
  private byText = new Map<string, RawMatch[]>();
  private chars = 0;
  private epoch: string | null = null;
  private recheck = false;
  /** The entities the cached matches point at, by index. */
  readonly entities = new Map<number, SpotEntity>();
  /** How many texts the last `fill` had to send to the spotter (for tests and the bench). */
  lastSent = 0;

  constructor(private readonly spotter: Spotter) {}

  /** Makes sure every text has cached matches, asking the spotter for the missing ones. */
  async fill(texts: readonly string[], slicer?: Slicer): Promise<void> {
    const missing = await this.missing(texts, slicer);
    this.lastSent = missing.length;
    if (this.chars + missing.reduce((n, t) => n + t.length, 0) > MAX_CACHED_CHARS) this.reset();
    const all = [...batches(missing)];
    // Nothing new to match, but the index may have changed: an empty batch still answers its epoch.
    if (all.length === 0 && this.recheck && this.epoch !== null) all.push([]);
    this.recheck = false;
    for (const batch of all) {
      const asked = this.spotter.spot(batch);
      const result = await (slicer ? slicer.wait(asked) : asked);
      if (this.epoch !== null && result.epoch !== this.epoch) {
        // The index changed under us: earlier matches may be stale, so start over with everything.
        this.reset();
        this.epoch = result.epoch;
        return this.fill(texts, slicer);
      }
      this.epoch = result.epoch;
      for (const [i, e] of Object.entries(result.entities)) this.entities.set(Number(i), e);
      batch.forEach((t, i) => { this.byText.set(t, result.matches[i] ?? []); this.chars += t.length; });
      await slicer?.tick();
    }
  }

  /**
   * The texts not cached yet, each once. Looking a text up hashes all of it, so this is sliced too:
   * done in one go, a 5 MB page's lookups were one task of 50-150 ms.
   */
  private async missing(texts: readonly string[], slicer?: Slicer): Promise<string[]> {
    const missing = new Set<string>();
    for (const t of texts) {
      if (!this.byText.has(t)) missing.add(t);
      await slicer?.tick();
    }
    return [...missing];
  }

  /** The next `fill` asks for the index's epoch even if every text is cached (the reader added a name, say). */
  recheckEpoch(): void {
    this.recheck = true;
  }

  get(text: string): RawMatch[] {
    return this.byText.get(text) ?? [];
  }

  private reset(): void {
    this.byText.clear();
    this.entities.clear();
    this.chars = 0;
  }
}

function* batches(texts: readonly string[]): Generator<string[]> {
  let batch: string[] = [];
  let size = 0;
  for (const t of texts) {
    if (size + t.length > BATCH_CHARS && batch.length > 0) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(t);
    size += t.length;
  }
  if (batch.length > 0) yield batch;
}
