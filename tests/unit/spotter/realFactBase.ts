import { toSpotterIndex } from '../../../factbase/spotterIndex';
import { loadFactBase } from '../../../scripts/facts/load';
import { Matcher } from '../../../spotter/matcher';
import { resolveMentions } from '../../../spotter/resolve';

/**
 * A matcher over the real fact base in data/, and what it links on a page of blocks as
 * "text=id" in page order. Built on first use: loading the fact base takes a moment.
 */
export function realFactBaseLinks(): (...blocks: string[]) => string[] {
  let matcher: Matcher | undefined;
  return (...blocks) => {
    const m = (matcher ??= new Matcher(toSpotterIndex(loadFactBase('data').entities)));
    const placed = blocks.flatMap((text, order) => m.match(text).map((x) => ({ ...x, order })));
    return resolveMentions(placed, (i) => m.ids[i]).map(({ match, entity }) =>
      `${blocks[match.order]!.slice(match.start, match.end)}=${m.ids[entity]}`);
  };
}
