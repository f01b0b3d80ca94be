import papers from 'virtual:paperscope/corpus';
import searchData from 'virtual:paperscope/search-data';
import { startPopup } from '../../lib/popup/start';
import '../../components/popup.css';

startPopup(document.getElementById('app')!, papers, searchData);
