import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import panel from '../components/panel.css?inline';
import badge from '../components/badge.css?inline';
import { createArxivUi } from '../lib/content/arxiv-ui';
import { registerStage } from '../lib/content/stage';

// The arXiv panel and badges' stage: injected by the background into a page that shows a corpus paper.
export default defineUnlistedScript(() => registerStage('arxiv-ui', (ctx) => createArxivUi(ctx, { panel, badge })));
