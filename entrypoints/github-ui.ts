import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import css from '../components/panel.css?inline';
import { createGitHubUi } from '../lib/content/github-ui';
import { registerStage } from '../lib/content/stage';

// The GitHub panel's stage: injected by the background into a page that shows a corpus paper.
export default defineUnlistedScript(() => registerStage('github-ui', (ctx) => createGitHubUi(ctx, css)));
