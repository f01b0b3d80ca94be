import { defineBackground } from 'wxt/utils/define-background';
import corpus from 'virtual:paperscope/corpus';
import repoLookup from 'virtual:paperscope/lazy:match-lookup-github';
import { startBackground } from '../lib/background/start';

export default defineBackground(() => startBackground(corpus, repoLookup));
