// What an embed shows while it loads or when it cannot: AMP's `placeholder` and `fallback` children of a
// player, an iframe, a list fed by a script or an ad ("Loading the video player…", "This video cannot be shown
// on this page"). Such text is the widget's, in whatever words, and never the story's; the children of an
// embed that holds the article's own content (amp-accordion, amp-fit-text, a tweet's quoted text) stay.
import { elementsByTags, type Trace } from './document.js';
import { collapseSpace } from './text.js';

/** AMP components that load something else in their place: their own children are only stand-ins. */
const STAND_IN_HOSTS = new Set(
  [
    'iframe',
    'video',
    'video-iframe',
    'youtube',
    'vimeo',
    'dailymotion',
    'brightcove',
    'jwplayer',
    'kaltura-player',
    'list',
    'ad',
    'embed',
    'sticky-ad',
    'audio',
    'soundcloud',
    'next-page',
    'render',
  ].map((n) => `amp-${n}`),
);
const MARKS = ['placeholder', 'fallback'];

export function removeEmbedFallbacks(root: Element, trace?: Trace): void {
  for (const host of elementsByTags(root, STAND_IN_HOSTS)) {
    for (const el of Array.from(host.children)) {
      if (!MARKS.some((m) => el.hasAttribute(m))) continue;
      const text = collapseSpace(el.textContent ?? '');
      if (text) trace?.('embed-fallback', text);
      el.remove();
    }
  }
}
