import { bundledSpotterIndex } from './bundledIndex';
import { Matcher } from './matcher';
import { spotWith, type SpotBatch } from './spotter';

let matcher: Matcher | null = null;

/** The background's one copy of the index, built on first use after each service-worker start. */
export function spotShared(texts: readonly string[]): SpotBatch {
  matcher ??= new Matcher(bundledSpotterIndex);
  return spotWith(matcher, texts, `bundled-${bundledSpotterIndex.length}`);
}
