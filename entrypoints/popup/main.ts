import papers from 'virtual:paperscope/corpus';
import { startPopup } from '../../lib/popup/start';
import '../../components/popup.css';

// The search index is its own chunk, loaded after the first cards are painted.
startPopup(document.getElementById('app')!, papers, () => import('virtual:paperscope/search-data').then((m) => m.default));
