// Readability weighs an element by the words in its class and id: "widget", "hidden", "promo", "scroll" count
// against it, and its conditional clean drops a block so weighed. Page builders and CMS themes use those words
// for something else, on every block of every page they make:
//   - Elementor wraps each block in `elementor-widget-container` (its word for a block) and names the block's
//     kind after it (`elementor-widget-text-editor`); HubSpot names each module `hs_cos_wrapper_widget`;
//   - Drupal marks a field whose label is not shown `field--label-hidden` (the body field itself, and each
//     paragraph of a "paragraphs" body) and an article on the front page `node--promoted`;
//   - utility CSS clips a box with `overflow-hidden`: the box shows its text; an accordion sets
//     `pane-header-alignment-left`: how its headers are aligned;
//   - a section's id is often a slug of its heading ("used-ev-shopping-checklist"): the story's own words.
// Those words are taken out of the class before Readability reads it. The kind stays: an Elementor block of
// share buttons or a sidebar still says so (`elementor--share-buttons`), and Readability weighs that.
import { elementsByTags } from './document.js';
import { isHeadingSlugId } from './heading-names.js';

/** Any of the names below, to skip the rest of the test for most elements. */
const HINT = /elementor-widget|hs_cos_wrapper|label-hidden|node-+promoted|overflow|header-align/i;
/** Builders' prefixes whose "widget" means a block. */
const BLOCK_WIDGET = /^(elementor-widget|hs_cos_wrapper_widget|hs_cos_wrapper)/i;
/** Whole tokens that say how a box is drawn or listed, not what it holds. */
const PRESENTATION =
  /^(?:[a-z0-9]+:)*(?:field-+label-hidden|label-hidden|node-+promoted|overflow(?:-[xy])?[-_]hidden)$/i;

export function neutralBuilderNames(body: Element): void {
  for (const el of elementsByTags(body, null)) {
    const id = el.getAttribute('id');
    if (id && isHeadingSlugId(el, id)) el.removeAttribute('id');
    const cls = el.getAttribute('class');
    if (!cls || !HINT.test(cls)) continue;
    const tokens = cls
      .split(/\s+/)
      .filter((t) => t && !PRESENTATION.test(t))
      .map((t) => (BLOCK_WIDGET.test(t) ? t.replace(/widget/gi, '') : t));
    el.setAttribute('class', tokens.join(' '));
  }
}
