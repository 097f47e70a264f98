import '../../components/theme.css';
import { bundledLookup } from '../../factbase/bundled';
import { broadcastToTabs } from '../../messaging/rpc';
import { BackstoryDB } from '../../notebook/db';
import { mountPage } from '../../components/mount';
import { OptionsApp } from '../../components/OptionsApp';

mountPage(document.getElementById('app')!, new BackstoryDB(),
  <OptionsApp lookup={bundledLookup} now={Date.now} refreshPages={() => broadcastToTabs('reader/refresh', {})} />);
