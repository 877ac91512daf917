// The eighth red-team set, round 26 (the first of branch `redteam8`), written before the cleaner was run on it:
// WordPress news themes of 2016-2020 and the plugins that filled their pages. tagDiv Newspaper 9's theme-builder
// blocks (related rows with "RELATED ARTICLES / MORE FROM AUTHOR", "- Advertisement -" slots, tags, previous and
// next article, share rows), Jannah ("Check Also", reading time and views, share bar, "Related Articles", author
// box), Sahifa (share box, tags, post navigation, "Related Articles"), GeneratePress with YARPP ("Related posts:"),
// Jetpack (sharedaddy's "Share this:", "Like this:" with "Loading...", `jp-relatedposts` cards with "In <Section>"),
// "Posted in ... | Tagged ..." and "This entry was posted in ..." footers, post navigation with arrows, "Leave a
// Reply" forms with the Akismet notice, Divi's post navigation, blog module and comment form, Elementor's share,
// navigation, posts and author-box widgets, AddThis and ShareThis bars, the `wp-block-latest-posts` block and
// `wp-block-embed` fallbacks inside the body. Guards: a story quoting "share this" in prose, a paragraph opening on
// "Related:" that is a sentence, a one-line paragraph with a link, a reader's letter with "Leave a reply" in it.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { elWidget, link8, shell8 } from './redteam8-shells.js';
import { BALLPARK, BUSES, CANYON, LEVY } from './redteam8-stories.js';

export const CASES26: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES26.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
export const withPara8 = (s: Story, i: number, para: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, i), para, ...s.paras.slice(i)],
});

/** Twelve headlines of our own, none of them words of the stories. */
export const HEADS8 = [
  'Water park to open two weeks early after a dry spring',
  'Man charged after a chase ends in a cornfield near Route 9',
  'Hospital auxiliary marks 70 years with a quilt sale',
  'New pastor welcomed at the Methodist church on Elm Street',
  'County fair adds a demolition derby to Saturday night',
  'Two arrested in a string of catalytic converter thefts',
  'Grain elevator fire under control after six hours',
  'Band boosters raise 12,000 dollars for new uniforms',
  'Girls soccer team wins its first conference title',
  'Road crews begin patching potholes on the county line',
  'Retired teacher publishes a history of the old mill',
  'Farm bureau hosts a safety day for young tractor drivers',
];
export const H8 = (i: number): string => HEADS8[i % HEADS8.length] ?? '';

const tdRelated = (heads: number[]): string =>
  `<div class="td_block_wrap tdb_single_related td_block_related_posts td_with_ajax_pagination td-pb-border-top"><h4 class="td-related-title td-block-title"><a id="tdi_95" class="td-related-left td-cur-simple-item" data-td_filter_value="" href="#">RELATED ARTICLES</a><a id="tdi_96" class="td-related-right" data-td_filter_value="td_related_more_from_author" href="#">MORE FROM AUTHOR</a></h4><div class="td_block_inner"><div class="td-related-row">${heads.map((i) => `<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="/2018/06/x${i.toString()}/" class="image-wrap" title="${H8(i)}"><img class="entry-thumb" src="/wp-content/uploads/2018/06/t${i.toString()}-218x150.jpg" alt=""></a></div><a href="/category/news/" class="td-post-category">News</a></div><div class="item-details"><h3 class="entry-title td-module-title">${link8(H8(i))}</h3></div></div></div>`).join('')}</div></div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next-page"><i class="td-icon-font td-icon-menu-right"></i></a></div></div>`;
const tdAd = `<div class="td-a-rec td-a-rec-id-content_inline tdi_91 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span><div class="td-g-rec td-g-rec-id-content_inline"><ins class="adsbygoogle"></ins></div></div>`;

add(
  'tagDiv Newspaper 9: "- Advertisement -" slots between paragraphs, tags, previous/next article and a related row',
  LEVY,
  shell8('tdb', LEVY, {
    at: { 1: tdAd, 3: tdAd },
    tail: `<div class="td_block_wrap tdb_single_tags"><div class="tdb-block-inner td-fix-index"><ul class="tdb-tags"><li><span>TAGS</span></li><li><a href="/tag/election-2018/">Election 2018</a></li><li><a href="/tag/libraries/">Libraries</a></li></ul></div></div><div class="td_block_wrap tdb_single_post_share"><div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1"><div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u=x"><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-button td-social-twitter" href="https://twitter.com/intent/tweet?url=x"><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-button td-social-pinterest" href="https://pinterest.com/pin/create/button/?url=x"><div class="td-social-but-text">Pinterest</div></a><a class="td-social-sharing-button td-social-whatsapp" href="whatsapp://send?text=x"><div class="td-social-but-text">WhatsApp</div></a></div></div></div><div class="td_block_wrap tdb_single_next_prev"><div class="tdb-block-inner td-fix-index"><div class="tdb-next-post tdb-next-post-bg tdb-post-prev"><span>Previous article</span><a href="/2018/06/p/">${H8(0)}</a></div><div class="tdb-next-post tdb-next-post-bg tdb-post-next"><span>Next article</span><a href="/2018/06/n/">${H8(1)}</a></div></div></div>`,
    after: tdRelated([2, 3, 4]),
  }),
  [
    '- Advertisement -',
    'TAGS',
    'Election 2018',
    'Libraries',
    'Previous article',
    'Next article',
    H8(0),
    H8(1),
    'RELATED ARTICLES',
    'MORE FROM AUTHOR',
    H8(2),
    H8(3),
    H8(4),
    'WhatsApp',
  ],
);

add(
  'tagDiv Newspaper 9: share row before the body, a related row inside the body after paragraph 3, author box after',
  CANYON,
  shell8('tdb', CANYON, {
    at: {
      [-1]: `<div class="td-post-sharing-top"><div class="td-post-sharing-visible"><span class="td-social-but-text">Share</span> <a class="td-social-facebook" href="https://www.facebook.com/sharer.php?u=x">Facebook</a> <a class="td-social-twitter" href="https://twitter.com/intent/tweet?url=x">Twitter</a> <a class="td-social-mail" href="mailto:?subject=x">Email</a></div></div>`,
      2: tdRelated([5, 6, 7]),
    },
    tail: `<div class="td_block_wrap tdb_single_author_box"><div class="tdb-block-inner td-fix-index"><a href="/author/reyna/"><img class="avatar" src="/avatar/rc.jpg" alt=""></a><div class="tdb-author-info"><a href="/author/reyna/" class="tdb-author-name">Reyna Castillo</a><div class="tdb-author-descr">Reyna Castillo covers fire, weather and public safety in the canyon communities. Reach her at rcastillo@gulfledger.example.</div></div></div></div>`,
  }),
  [
    'Facebook',
    'Twitter',
    'Email',
    H8(5),
    H8(6),
    H8(7),
    'RELATED ARTICLES',
    'covers fire, weather and public safety',
    'rcastillo@gulfledger.example',
  ],
);

add(
  'Jannah: reading time and views in the meta, share bar after the body, tags, "Related Articles", "Check Also" box',
  BALLPARK,
  shell8('jannah', BALLPARK, {
    tail: `<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links"><a href="https://www.facebook.com/sharer.php?u=x" rel="external noopener nofollow" class="facebook-share-btn large-share-button" title="Facebook"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a><a href="https://twitter.com/intent/tweet?text=x" class="twitter-share-btn large-share-button" title="Twitter"><span class="share-btn-icon tie-icon-twitter"></span> <span class="social-text">Twitter</span></a><a href="#" class="linkedin-share-btn" title="LinkedIn"><span class="screen-reader-text">LinkedIn</span></a><a href="#" class="tumblr-share-btn" title="Tumblr"><span class="screen-reader-text">Tumblr</span></a><a href="#" class="reddit-share-btn" title="Reddit"><span class="screen-reader-text">Reddit</span></a><a href="#" class="email-share-btn" title="Share via Email"><span class="screen-reader-text">Share via Email</span></a><a href="#" class="print-share-btn" title="Print"><span class="screen-reader-text">Print</span></a></div></div><div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Tags</div><span class="tagcloud"><a href="/tag/baseball/" rel="tag">baseball</a> <a href="/tag/city-commission/" rel="tag">city commission</a> <a href="/tag/rivermen/" rel="tag">Rivermen</a></span></div>`,
    after: `<div class="post-components"><div class="about-author container-wrapper about-author-1"><div class="author-avatar"><a href="/author/ml/"><img alt="Photo of Marcus Lindqvist" src="/a.jpg"></a></div><div class="author-info"><h3 class="author-name"><a href="/author/ml/">Marcus Lindqvist</a></h3><div class="author-bio">Sports editor. Has covered the Rivermen since the club moved to Depot Field in 2004.</div><ul class="social-icons"><li class="social-icons-item"><a href="https://twitter.com/x" class="social-link twitter-social-icon"><span class="screen-reader-text">Twitter</span></a></li></ul></div></div><div class="prev-next-post-nav container-wrapper media-overlay"><div class="tie-col-xs-6 prev-post"><a href="/2018/06/p/" class="post-thumb"><div class="post-thumb-overlay-wrap"><div class="post-thumb-overlay"><span class="tie-icon tie-media-icon"></span></div></div></a><a href="/2018/06/p/" class="post-title">${H8(8)}</a></div><div class="tie-col-xs-6 next-post"><a href="/2018/06/n/" class="post-title">${H8(9)}</a></div></div><div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Related Articles</h3></div><div class="related-posts-list">${[10, 11, 0, 1].map((i) => `<div class="related-item"><a href="/2018/06/r${i.toString()}/" class="post-thumb"><img src="/r${i.toString()}.jpg" alt=""></a><h3 class="post-title">${link8(H8(i))}</h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">June ${(i + 2).toString()}, 2018</span></div></div>`).join('')}</div></div><div id="check-also-box" class="container-wrapper check-also-right"><div class="widget-title the-global-title"><div class="the-subtitle">Check Also</div><a href="#" id="check-also-close" class="remove"><span class="screen-reader-text">Close</span></a></div><div class="widget posts-list-big-first has-first-big-post"><ul class="posts-list-items"><li class="widget-single-post-item widget-post-list"><div class="post-widget-body"><h3 class="post-title">${link8(H8(2))}</h3><div class="post-meta"><span class="date meta-item tie-icon">June 11, 2018</span></div></div></li></ul></div></div></div>`,
  }),
  [
    '3 minutes read',
    '1,204',
    'Share via Email',
    'LinkedIn',
    'Tumblr',
    'Tags',
    'Sports editor. Has covered',
    'Related Articles',
    'Check Also',
    H8(8),
    H8(9),
    H8(10),
    H8(11),
    H8(2),
    'June 11, 2018',
  ],
);

add(
  'Sahifa: "Share This Story" box and tags after the body, "About" author box, post navigation and "Related Articles"',
  BUSES,
  shell8('sahifa', BUSES, {
    tail: `<div class="share-post"><span class="share-text">Share</span><ul class="flat-social"><li><a href="http://www.facebook.com/sharer.php?u=x" class="social-facebook" rel="external" target="_blank"><i class="fa fa-facebook"></i> <span>Facebook</span></a></li><li><a href="https://twitter.com/intent/tweet?text=x" class="social-twitter"><i class="fa fa-twitter"></i> <span>Twitter</span></a></li><li><a href="https://plusone.google.com/_/+1/confirm?hl=en&amp;url=x" class="social-google-plus"><i class="fa fa-google"></i> <span>Google +</span></a></li><li><a href="http://pinterest.com/pin/create/button/?url=x" class="social-pinterest"><i class="fa fa-pinterest"></i> <span>Pinterest</span></a></li></ul><div class="clear"></div></div><div class="clear"></div><p class="post-tag">Tags <a href="/tag/buses/" rel="tag">buses</a> <a href="/tag/maple-valley-schools/" rel="tag">Maple Valley schools</a></p>`,
    after: `<section id="author-box"><div class="block-head"><h3>About Tamsin Okafor </h3><div class="stripe-line"></div></div><div class="post-listing"><div class="author-bio"><div class="author-avatar"><img alt="" src="/av.jpg"></div><div class="author-description">Education reporter. Tamsin joined the Times in 2015 after five years at a weekly paper upstate.</div><div class="author-social flat-social"><a class="social-twitter" href="https://twitter.com/x"><i class="fa fa-twitter"></i><span>Twitter</span></a></div></div></div></section><div class="post-navigation"><div class="post-previous"><a href="/2018/06/p/" rel="prev"><span>Previous</span> ${H8(3)}</a></div><div class="post-next"><a href="/2018/06/n/" rel="next"><span>Next</span> ${H8(4)}</a></div></div><section id="related_posts"><div class="block-head"><h3>Related Articles</h3><div class="stripe-line"></div></div><div class="post-listing">${[5, 6, 7].map((i) => `<div class="related-item"><div class="post-thumbnail"><a href="/2018/06/r${i.toString()}/"><img src="/r.jpg" alt=""><span class="fa overlay-icon"></span></a></div><h3>${link8(H8(i))}</h3><p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>June ${(i + 1).toString()}, 2018</span></p></div>`).join('')}<div class="clear"></div></div></section>`,
  }),
  [
    'Home /',
    'Google +',
    'Pinterest',
    'Maple Valley schools',
    'About Tamsin Okafor',
    'Education reporter. Tamsin joined',
    'Previous',
    H8(3),
    H8(4),
    'Related Articles',
    H8(5),
    H8(6),
    H8(7),
  ],
);

add(
  'GeneratePress with YARPP "Related posts:" list, category and tag links, post navigation and a "Leave a Comment" form',
  LEVY,
  shell8('generatepress', LEVY, {
    tail: `<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'><h3>Related posts:</h3><ol>${[8, 9, 10, 11].map((i) => `<li>${link8(H8(i), '2018/05', ' rel="bookmark"')}</li>`).join('')}</ol></div><footer class="entry-meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/local/" rel="category tag">Local</a></span> <span class="tags-links"><span class="screen-reader-text">Tags </span><a href="/tag/levy/" rel="tag">levy</a>, <a href="/tag/recount/" rel="tag">recount</a></span><nav id="nav-below" class="post-navigation"><span class="screen-reader-text">Post navigation</span><div class="nav-previous"><span class="prev" title="Previous">${link8(H8(0), '2018/06', ' rel="prev"')}</span></div><div class="nav-next"><span class="next" title="Next">${link8(H8(1), '2018/06', ' rel="next"')}</span></div></nav></footer>`,
    after: `<div class="comments-area"><div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment" class="screen-reader-text">Comment</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><label for="author" class="screen-reader-text">Name</label><input placeholder="Name *" id="author" name="author" type="text"><label for="email" class="screen-reader-text">Email</label><input placeholder="Email *" id="email" name="email" type="email"><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div><p class="akismet_comment_form_privacy_notice">This site uses Akismet to reduce spam. <a href="https://akismet.com/privacy/" target="_blank">Learn how your comment data is processed</a>.</p></div></div>`,
  }),
  [
    'Related posts:',
    H8(8),
    H8(9),
    H8(10),
    H8(11),
    'Post navigation',
    H8(0),
    H8(1),
    'Leave a Comment',
    'Save my name, email',
    'Akismet',
    'Learn how your comment data is processed',
  ],
);

add(
  'Jetpack: sharedaddy "Share this:" and "Like this:" with "Loading...", and jp-relatedposts cards with "In <Section>"',
  CANYON,
  shell8('generatepress', CANYON, {
    tail: `<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="?share=twitter" target="_blank" title="Click to share on Twitter"><span>Twitter</span></a></li><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="?share=facebook" title="Click to share on Facebook"><span>Facebook</span></a></li><li class="share-email"><a class="share-email sd-button share-icon" href="?share=email" title="Click to email this to a friend"><span>Email</span></a></li><li class="share-end"></li></ul></div></div></div><div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-1' data-name='like-post-frame'><h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>Like</span></span> <span class="loading">Loading...</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div><div id='jp-relatedposts' class='jp-relatedposts' style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">${[2, 4, 6].map((i) => `<div class="jp-relatedposts-post jp-relatedposts-post${i.toString()} jp-relatedposts-post-thumbs" data-post-format="false"><a class="jp-relatedposts-post-a" href="/2018/05/r${i.toString()}/" title="${H8(i)}" rel="nofollow"><img class="jp-relatedposts-post-img" src="/r${i.toString()}.jpg" width="350" alt="${H8(i)}"></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="/2018/05/r${i.toString()}/" rel="nofollow">${H8(i)}</a></h4><p class="jp-relatedposts-post-excerpt">The story in brief, as the plugin cuts it from the other post at about twenty words and no more than that...</p><p class="jp-relatedposts-post-date">May ${(i + 3).toString()}, 2018</p><p class="jp-relatedposts-post-context">In &quot;News&quot;</p></div>`).join('')}</div></div>`,
  }),
  [
    'Share this:',
    'Like this:',
    'Loading...',
    'Click to share',
    'Related',
    H8(2),
    H8(4),
    H8(6),
    'as the plugin cuts it',
    'In "News"',
    'May 5, 2018',
  ],
);

add(
  '"Posted in ... | Tagged ... | Leave a comment" and "This entry was posted in ..." footers, arrows for the post navigation',
  BALLPARK,
  shell8('generatepress', BALLPARK, {
    tail: `<div class="entry-utility"><span class="cat-links"><span class="entry-utility-prep entry-utility-prep-cat-links">Posted in</span> <a href="/category/sports/" rel="category tag">Sports</a></span> <span class="meta-sep">|</span> <span class="tag-links"><span class="entry-utility-prep entry-utility-prep-tag-links">Tagged</span> <a href="/tag/depot-field/" rel="tag">Depot Field</a>, <a href="/tag/minor-league/" rel="tag">minor league</a></span> <span class="meta-sep">|</span> <span class="comments-link"><a href="#respond">Leave a comment</a></span></div><footer class="entry-footer">This entry was posted in <a href="/category/sports/">Sports</a> and tagged <a href="/tag/depot-field/">Depot Field</a>, <a href="/tag/lease/">lease</a> by <a href="/author/ml/">Marcus Lindqvist</a>. Bookmark the <a href="/2018/06/${BALLPARK.slug}/" rel="bookmark">permalink</a>.</footer><div id="nav-below" class="navigation"><div class="nav-previous"><a href="/2018/06/p/" rel="prev"><span class="meta-nav">&larr;</span> ${H8(3)}</a></div><div class="nav-next"><a href="/2018/06/n/" rel="next">${H8(5)} <span class="meta-nav">&rarr;</span></a></div></div><nav class="navigation post-navigation" role="navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2018/06/pp/" rel="prev">← Previous post</a></div><div class="nav-next"><a href="/2018/06/nn/" rel="next">Next post →</a></div></div></nav>`,
  }),
  [
    'Posted in',
    'Tagged',
    'minor league',
    'Leave a comment',
    'This entry was posted in',
    'Bookmark the',
    H8(3),
    H8(5),
    'Previous post',
    'Next post',
  ],
);

add(
  'Twenty Seventeen "Leave a Reply" form with the comment notes, subscription checkboxes and an author box before it',
  BUSES,
  shell8('generatepress', BUSES, {
    after: `<div class="author-info"><div class="author-avatar"><img alt="" src="/av2.jpg" class="avatar" height="42" width="42"></div><div class="author-description"><h2 class="author-title"><span class="author-heading">Published by</span> Tamsin Okafor</h2><p class="author-bio">Tamsin Okafor writes about schools and families for the Lakeland Post. <a class="author-link" href="/author/tamsin/" rel="author">View all posts by Tamsin Okafor</a></p></div></div><div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30"></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30"></p><p class="comment-form-url"><label for="url">Website</label> <input id="url" name="url" type="url" value="" size="30"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"> <input type="hidden" name="comment_post_ID" value="4120" id="comment_post_ID"></p><p class="comment-subscription-form"><input type="checkbox" name="subscribe_comments" id="subscribe_comments" value="subscribe"> <label class="subscribe-label" id="subscribe-label" for="subscribe_comments">Notify me of follow-up comments by email.</label></p><p class="comment-subscription-form"><input type="checkbox" name="subscribe_blog" id="subscribe_blog" value="subscribe"> <label class="subscribe-label" id="subscribe-blog-label" for="subscribe_blog">Notify me of new posts by email.</label></p></form></div></div>`,
  }),
  [
    'Published by',
    'writes about schools and families',
    'View all posts by',
    'Leave a Reply',
    'Cancel reply',
    'Your email address will not be published',
    'Required fields are marked',
    'Notify me of follow-up comments',
    'Notify me of new posts',
  ],
);

add(
  'Divi: a blog module of three posts with "read more" and a "by ... | ... | ..." meta line, post navigation and "Submit a Comment"',
  CANYON,
  shell8('divi', CANYON, {
    tail: `<div class="et_pb_module et_pb_post_nav_0 et_pb_posts_nav nav-single"><span class="nav-previous"><a href="/2018/06/p/" rel="prev"><span class="meta-nav">&larr; </span><span class="nav-label">${H8(7)}</span></a></span><span class="nav-next"><a href="/2018/06/n/" rel="next"><span class="nav-label">${H8(8)}</span><span class="meta-nav"> &rarr;</span></a></span></div>`,
    after: `<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_1"><div class="et_pb_column et_pb_column_4_4"><div class="et_pb_module et_pb_text et_pb_text_1"><div class="et_pb_text_inner"><h3>More News</h3></div></div><div class="et_pb_module et_pb_blog_0 et_pb_blog_grid_wrapper"><div class="et_pb_blog_grid clearfix"><div class="et_pb_ajax_pagination_container">${[9, 10, 11].map((i) => `<article class="et_pb_post clearfix et_pb_blog_item_0_${i.toString()} post type-post"><div class="et_pb_image_container"><a href="/2018/06/b${i.toString()}/" class="entry-featured-image-url"><img src="/b${i.toString()}.jpg" alt="${H8(i)}"></a></div><h2 class="entry-title">${link8(H8(i))}</h2><p class="post-meta">by <span class="author vcard"><a href="/author/staff/">Staff Report</a></span> | <span class="published">Jun ${(i - 2).toString()}, 2018</span> | <a href="/category/news/" rel="tag">News</a></p><div class="post-content"><div class="post-content-inner"><p>A short excerpt the module prints under each card, cut off by the theme at a set number of words</p></div><a href="/2018/06/b${i.toString()}/" class="more-link">read more</a></div></article>`).join('')}</div></div></div><div class="et_pb_module et_pb_comments_0 et_pb_comments_module"><section id="comment-wrap"><h1 id="comments" class="page_title">0 Comments</h1><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Submit a Comment</span> <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment"></textarea></p><p class="form-submit"><button name="submit" type="submit" id="et_pb_submit" class="submit">Submit Comment</button></p></form></div></section></div></div></div></div>`,
  }),
  [
    H8(7),
    H8(8),
    'More News',
    H8(9),
    H8(10),
    H8(11),
    'Staff Report',
    'read more',
    'A short excerpt the module prints',
    '0 Comments',
    'Submit a Comment',
    'Submit Comment',
    'Required fields are marked',
  ],
);

add(
  'Elementor: share-buttons, post-navigation, a posts widget "Related" with "Read More »", and author-box widgets',
  LEVY,
  shell8('elementor', LEVY, {
    tail: `${elWidget('share-buttons', `<div class="elementor-grid">${['facebook', 'twitter', 'linkedin', 'email'].map((n) => `<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_${n}" tabindex="0" aria-label="Share on ${n}"><span class="elementor-share-btn__icon"><i class="fab fa-${n}"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">${n.charAt(0).toUpperCase() + n.slice(1)}</span></div></div></div>`).join('')}</div>`, 'shr')}${elWidget('post-navigation', `<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="/2018/06/p/" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left"></i></span><span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">Previous</span><span class="post-navigation__prev--title">${H8(4)}</span></span></a></div><div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="/2018/06/n/" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">Next</span><span class="post-navigation__next--title">${H8(6)}</span></span></a></div></div>`, 'nav')}`,
    after: `${elWidget('heading', '<h2 class="elementor-heading-title elementor-size-default">Related</h2>', 'hd2')}${elWidget('posts', `<div class="elementor-posts-container elementor-posts elementor-grid elementor-posts--skin-classic">${[8, 10, 0].map((i) => `<article class="elementor-post elementor-grid-item post type-post"><a class="elementor-post__thumbnail__link" href="/2018/06/e${i.toString()}/"><div class="elementor-post__thumbnail"><img src="/e${i.toString()}.jpg" alt=""></div></a><div class="elementor-post__text"><h3 class="elementor-post__title">${link8(H8(i))}</h3><div class="elementor-post__meta-data"><span class="elementor-post-date">June ${(i + 1).toString()}, 2018</span></div><a class="elementor-post__read-more" href="/2018/06/e${i.toString()}/">Read More »</a></div></article>`).join('')}</div>`, 'pst')}${elWidget('author-box', `<div class="elementor-author-box"><div class="elementor-author-box__avatar"><img src="/dw.jpg" alt="Dana Whitcombe"></div><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Dana Whitcombe</h4><div class="elementor-author-box__bio">Dana covers county government, courts and elections.</div><a class="elementor-author-box__button elementor-button elementor-size-xs" href="/author/dana/">All Posts</a></div></div>`, 'aut')}`,
  }),
  [
    'Facebook',
    'Linkedin',
    H8(4),
    H8(6),
    'Related',
    H8(8),
    H8(10),
    H8(0),
    'Read More »',
    'Dana covers county government',
    'All Posts',
  ],
);

add(
  'AddThis and ShareThis bars before and after the body, with counters and "Shares" (old markup with text labels)',
  BALLPARK,
  shell8('jannah', BALLPARK, {
    at: {
      [-1]: `<div class="addthis_toolbox addthis_default_style addthis_32x32_style"><a class="addthis_button_facebook">Facebook</a><a class="addthis_button_twitter">Twitter</a><a class="addthis_button_email">Email</a><a class="addthis_button_print">Print</a><a class="addthis_button_compact">More</a><a class="addthis_counter addthis_bubble_style">38</a></div>`,
    },
    tail: `<div class="sharethis-inline-share-buttons st-center st-has-labels st-inline-share-buttons st-animated" id="st-1"><div class="st-total"><span class="st-label">142</span><span class="st-shares">Shares</span></div><div class="st-btn st-first" data-network="facebook"><img alt="facebook sharing button" src="/fb.svg"><span class="st-label">Share</span></div><div class="st-btn" data-network="twitter"><img alt="twitter sharing button" src="/tw.svg"><span class="st-label">Tweet</span></div><div class="st-btn st-last" data-network="sharethis"><img alt="sharethis sharing button" src="/st.svg"><span class="st-label">Share</span></div></div><div class="addthis_inline_share_toolbox_r7kd"></div><p class="addthis-follow">Follow us: <a class="addthis_button_facebook_follow" href="https://www.facebook.com/x">Facebook</a> <a class="addthis_button_twitter_follow" href="https://twitter.com/x">Twitter</a></p>`,
  }),
  ['Facebook', 'Twitter', 'Print', 'Shares', 'Tweet', 'Follow us:'],
);

add(
  'wp-block-latest-posts inside the body under a "Latest news" heading, and a wp-embed card for another post',
  BUSES,
  shell8('generatepress', BUSES, {
    at: {
      1: `<h3>Latest news</h3><ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">${[0, 2, 5, 9].map((i) => `<li><a href="/2018/06/l${i.toString()}/">${H8(i)}</a><time datetime="2018-06-${(10 + i).toString()}T08:00:00+00:00" class="wp-block-latest-posts__post-date">June ${(10 + i).toString()}, 2018</time></li>`).join('')}</ul>`,
      3: `<figure class="wp-block-embed-wordpress wp-block-embed is-type-wp-embed is-provider-lakeland-post"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content" data-secret="k2Jd9"><a href="/2018/05/bus-routes-2017/">District says it will review bus routes after complaints</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="&#8220;District says it will review bus routes after complaints&#8221; &#8212; Lakeland Post" src="/2018/05/bus-routes-2017/embed/#?secret=k2Jd9" data-secret="k2Jd9" width="600" height="338" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe></div></figure>`,
    },
  }),
  ['Latest news', H8(0), H8(2), H8(5), H8(9), 'June 10, 2018', 'District says it will review bus routes'],
);

add(
  'wp-block-embed fallbacks: a tweet blockquote and a Facebook post blockquote between paragraphs (attribution lines)',
  CANYON,
  shell8('elementor', CANYON, {
    at: {
      1: `<figure class="wp-block-embed-twitter wp-block-embed is-type-rich is-provider-twitter"><div class="wp-block-embed__wrapper"><blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">Crews are holding the line at Sawmill Road tonight. Please stay out of the canyon so engines can get through.</p>&mdash; Hollis Fire District (@HollisFireDist) <a href="https://twitter.com/HollisFireDist/status/1006">June 7, 2018</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></div></figure>`,
      3: `<div class="fb-post" data-href="https://www.facebook.com/HollisSheriff/posts/221" data-width="500"><blockquote cite="https://www.facebook.com/HollisSheriff/posts/221" class="fb-xfbml-parse-ignore"><p>Deputies will be at both canyon entrances through the weekend. Have your ID ready.</p>Posted by <a href="https://www.facebook.com/HollisSheriff/">Hollis County Sheriff</a> on&nbsp;<a href="https://www.facebook.com/HollisSheriff/posts/221">Saturday, June 9, 2018</a></blockquote></div>`,
    },
  }),
  ['(@HollisFireDist)', 'June 7, 2018', 'Posted by Hollis County Sheriff', 'Saturday, June 9, 2018'],
);

// Guards: the story's own text that looks like the plugins' chrome.
const SHARE = withPara8(
  LEVY,
  3,
  '“Share this with your neighbours” was printed on every flyer the library’s supporters left on doorsteps in the last week of the campaign, and volunteers said the word of mouth had made the difference in the rural precincts.',
);
add(
  'guard: prose that quotes "Share this" on a flyer, in a tagDiv page with its share row',
  SHARE,
  shell8('tdb', SHARE, { tail: tdRelated([1, 3, 5]) }),
  ['RELATED ARTICLES', H8(1), H8(3), H8(5)],
);

const RELATED = withPara8(
  CANYON,
  4,
  'Related: a second, smaller fire that started near the county landfill on Thursday was put out within an hour, and officials said there was no sign that the two fires were connected.',
);
const ONELINE = withPara8(RELATED, 6, 'The full list of roads that remain closed is on the county website.');
add(
  'guard: a paragraph opening on "Related:" that is a sentence and a one-line paragraph with a link, in a Jetpack page',
  ONELINE,
  shell8('generatepress', ONELINE, {
    tail: `<div class="sharedaddy sd-sharing-enabled"><div class="sd-block sd-social sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button" href="?share=twitter"><span>Twitter</span></a></li><li class="share-facebook"><a class="share-facebook sd-button" href="?share=facebook"><span>Facebook</span></a></li></ul></div></div></div>`,
  }).replace(
    'The full list of roads that remain closed is on the county website.',
    'The full list of roads that remain closed is <a href="https://county.example/roads">on the county website</a>.',
  ),
  ['Share this:'],
);

const LETTER: Story = {
  slug: 'letter-bus-routes-reply',
  title: 'Letter: Parents deserve more than a form letter on bus routes',
  byline: 'Reader letter',
  section: 'Opinion',
  paras: [
    'To the editor: The district’s letter about merged bus routes arrived in our mailbox three days before the change, which is not enough time for any working family to make other plans.',
    'At the bottom of the district’s web page there is a box that says “Leave a reply,” and I did, twice, but no one has answered either message, and the board has not put the matter on its agenda.',
    'I drove a school bus for eleven years before I retired, and I know how hard the job is. Pay the drivers what the neighbouring districts pay and the routes will fill.',
    'Until then, the board owes parents a public meeting on the west side, at an hour when people who work can come.',
  ],
};
add(
  'guard: a reader’s letter with "Leave a reply" in its text, above a "Leave a Reply" form',
  LETTER,
  shell8('generatepress', LETTER, {
    after: `<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="form-submit"><input type="submit" value="Post Comment"></p></form></div></div>`,
  }),
  ['Your email address will not be published', 'Post Comment'],
);
