import '../../components/theme.css';
import { bundledLookup } from '../../factbase/bundled';
import { BackstoryDB } from '../../notebook/db';
import { mountPage } from '../../components/mount';
import { HoverCardApp } from '../../components/HoverCardApp';
import { cardChannel } from '../../reader/cardChannel';
import { openFullCard } from '../../components/fullCard';

// Every static import has been parsed and run by now (the bench reads this mark).
performance.mark('backstory:card-main');
const channel = cardChannel(location.hash.slice(1));
mountPage(document.getElementById('app')!, new BackstoryDB(),
  <HoverCardApp lookup={bundledLookup} subscribe={channel.subscribe} requestClose={channel.requestClose}
    openFull={(id) => void openFullCard(id)} now={Date.now} />);
