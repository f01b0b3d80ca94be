import papers from 'virtual:paperscope/popup-corpus';
import { startPopup } from '../../lib/popup/start';
import '../../components/popup.css';

// The search index and the abstracts are one chunk, loaded after the first cards are painted.
startPopup(document.getElementById('app')!, papers, () => import('../../lib/popup/deferred').then((m) => m.deferred));
