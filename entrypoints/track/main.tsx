import '../../components/theme.css';
import { refreshPages } from '../../messaging/refreshPages';
import { BackstoryDB } from '../../notebook/db';
import { readTrackRequest } from '../../notebook/trackRequest';
import { mountPage } from '../../components/mount';
import { TrackNameApp } from '../../components/TrackNameApp';

// Opened by the "Track this name" context-menu entry (entrypoints/background.ts) in a small window.
mountPage(document.getElementById('app')!, new BackstoryDB(),
  <TrackNameApp request={readTrackRequest(location.search)} now={Date.now} onSaved={refreshPages} close={() => window.close()} />);
