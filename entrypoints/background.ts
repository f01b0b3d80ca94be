import { defineBackground } from 'wxt/utils/define-background';
import corpus from 'virtual:paperscope/corpus';
import lookup from 'virtual:paperscope/lazy:match-lookup';
import { startBackground } from '../lib/background/start';

export default defineBackground(() => startBackground(corpus, lookup));
