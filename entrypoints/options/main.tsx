import '../../components/theme.css';
import { bundledLookup } from '../../factbase/bundled';
import { refreshPages } from '../../messaging/refreshPages';
import { BackstoryDB } from '../../notebook/db';
import { mountPage } from '../../components/mount';
import { OptionsApp } from '../../components/OptionsApp';

mountPage(document.getElementById('app')!, new BackstoryDB(),
  <OptionsApp lookup={bundledLookup} now={Date.now} refreshPages={refreshPages} />);
