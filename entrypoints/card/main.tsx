import '../../components/theme.css';
import { BackstoryDB } from '../../notebook/db';
import { loadBundledLookup } from '../../factbase/loadBundled';
import { mountPage } from '../../components/mount';
import { HoverCardApp } from '../../components/HoverCardApp';
import { cardChannel } from '../../reader/cardChannel';
import { openFullCard } from '../../components/fullCard';

// Every static import has been parsed and run by now (the bench reads this mark).
performance.mark('backstory:card-main');
const channel = cardChannel(location.hash.slice(1));
// The fact base is its own 2 MB chunk, loaded while the frame already listens: 'ready' goes out
// without waiting for it, and a show that comes sooner waits for it in HoverCardApp.
const lookup = loadBundledLookup().then((l) => {
  performance.mark('backstory:card-facts');
  return l;
});
// Awaited only when a show comes: a failed load is reported there, not as unhandled at startup.
lookup.catch(() => undefined);
mountPage(document.getElementById('app')!, new BackstoryDB(),
  <HoverCardApp lookup={lookup} subscribe={channel.subscribe} requestClose={channel.requestClose}
    openFull={(id) => void openFullCard(id)} now={Date.now} />);
