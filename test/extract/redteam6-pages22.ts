// The sixth red-team set, round 22, written before the cleaner was run on it: chrome of the big English-language
// chains outside the US. A Reach-style UK regional page (newsletter sign-up with its consent line, "Read Next",
// "READ MORE:", "Most Read", comment counters, "Have your say", "Story Saved"), a Postmedia-style Canadian page
// ("Article content" markers between paragraphs, numbered ad labels, the sign-up box and its thanks), a News
// Corp-style Australian page ("Continue reading", "Join the conversation", "More Coverage", "Originally published
// as") and SCMP-, Times of India- and Straits Times-style pages ("Why you can trust", "Recommended", "Also read",
// e-paper and app plugs, topic rows). Guards: prose that says most read, that invites people to join the
// conversation, and that opens on "Advertisement". `chrome` lists phrases that must not survive.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link6, shell6 } from './redteam6-shells.js';
import { ARENA, ASIAPARTNERS, PIER, RAILSTRIKE } from './redteam6-stories.js';

export const CASES22: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES22.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const withPara = (s: Story, i: number, para: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, i), para, ...s.paras.slice(i)],
});

/** Twelve regional headlines of our own, none of them words of the stories. */
export const REGHEADS = [
  'Man charged after a van was driven into a bus shelter',
  'Much-loved chip shop named the best in the county',
  'Police appeal after a dog was stolen from a garden',
  'Plans for two hundred homes on the golf course rejected',
  'Schoolgirl raises thousands with a sponsored swim',
  'Roadworks to close the coast road for three weeks',
  'Hospital car park charges to rise from next month',
  'Tributes paid to a lifeboat volunteer of forty years',
  'New cafe opens in the old lifeguard station',
  'Council tax bills to go up by five per cent',
  'Football club unveils its new stand',
  'Beach huts broken into for the second time this year',
];

add(
  'Reach: the newsletter box in the body, with its consent line and its "Thank you for subscribing" states',
  PIER,
  shell6('reach', PIER, {
    at: {
      1: `<div class="newsletter-signup" data-mod="newsletter"><p class="newsletter-headline">Get the biggest Saltmarsh Bay stories straight to your inbox by signing up to our free daily newsletter</p><form><input type="email" placeholder="Enter your email"><button>Sign up</button></form><p class="consent">We use your sign-up to send you the content you asked for and to understand you better. This can include adverts from us and third parties based on that understanding. You can unsubscribe at any time. <a href="/privacy">More info</a></p><p class="success">Thank you for subscribing!</p><p class="more-nl">We have more newsletters <a href="/newsletters">Show me</a></p><p class="error">Something went wrong, please try again later.</p></div>`,
    },
  }),
  [
    'Get the biggest Saltmarsh Bay stories',
    'We use your sign-up',
    'third parties based on that understanding',
    'You can unsubscribe at any time',
    'Thank you for subscribing',
    'We have more newsletters',
    'Show me',
    'Something went wrong',
  ],
);

add(
  'Reach: "READ MORE:" and "Read Next" lines run into headlines inside the body',
  PIER,
  shell6('reach', PIER, {
    at: {
      0: `<p class="read-more-links"><strong>READ MORE: </strong>${link6(REGHEADS[0] ?? '')}</p>`,
      2: `<div class="read-next"><span class="read-next__label">Read Next</span>${link6(REGHEADS[1] ?? '')}</div>`,
      3: `<p><strong>READ MORE: </strong>${link6(REGHEADS[2] ?? '')}</p><p><strong>READ MORE: </strong>${link6(REGHEADS[3] ?? '')}</p>`,
    },
  }),
  ['READ MORE', 'Read Next', ...REGHEADS.slice(0, 4)],
);

add(
  'Reach: "Most Read" rail in the sidebar, a comments counter, "Have your say" and "Story Saved" notes',
  PIER,
  shell6('reach', PIER, {
    at: {
      [-1]: `<div class="article-actions"><button class="comment-count">Comments<span>34</span></button><button class="bookmark">Bookmark</button><div class="bookmark-toast"><p>Story Saved</p><p>You can find this story in My Bookmarks. Or by navigating to the user icon in the top right.</p></div></div>`,
    },
    tail: `<div class="comments-cta"><h3>Have your say</h3><p>Join the debate below, or see what others are saying.</p><a href="#comments">Comments (34)</a></div>`,
    side: `<section class="most-read"><h3>Most Read</h3><ol>${REGHEADS.slice(4, 9)
      .map((h) => `<li>${link6(h)}</li>`)
      .join('')}</ol></section>`,
  }),
  [
    'Comments',
    'Bookmark',
    'Story Saved',
    'My Bookmarks',
    'user icon in the top right',
    'Have your say',
    'Join the debate below',
    'Most Read',
    ...REGHEADS.slice(4, 9),
  ],
);

add(
  'Reach: "Got a story?" tip line and a "Follow ... on Facebook" line closing the body',
  PIER,
  shell6('reach', PIER, {
    at: {
      4: `<p><strong>Got a story? Email us at news@saltmarshecho.example or message us on Facebook.</strong></p><p>Follow the Saltmarsh Bay Echo on Facebook for the latest news from across the town.</p>`,
    },
  }),
  ['Got a story', 'news@saltmarshecho.example', 'Follow the Saltmarsh Bay Echo on Facebook'],
);

add(
  'Postmedia: "Article content" between every paragraph and numbered "Advertisement" labels with their notes',
  ARENA,
  shell6('postmedia', ARENA, {
    at: {
      0: `<p class="article-content__ad-label">Article content</p>`,
      1: `<div class="ad__container"><p class="ad__label">Advertisement 2</p><p class="ad__notice">This advertisement has not loaded yet, but your article continues below.</p></div><p>Article content</p>`,
      2: `<p>Article content</p>`,
      3: `<div class="ad__container"><p class="ad__label">Advertisement 3</p><p class="ad__notice">This advertisement has not loaded yet, but your article continues below.</p></div><p>Article content</p>`,
    },
  }),
  ['Article content', 'Advertisement 2', 'Advertisement 3', 'This advertisement has not loaded yet'],
);

add(
  'Postmedia: a headline sign-up box with its consent, thanks and "junk folder" lines, and a "Trending" rail',
  ARENA,
  shell6('postmedia', ARENA, {
    at: {
      2: `<div class="newsletter-signup"><h4>Headline News</h4><p>Sign up to receive daily headline news from the Harbourview Citizen, a division of a media network.</p><input type="email"><button>Sign Up</button><p class="consent">By signing up you consent to receive the above newsletter from our network. You may unsubscribe any time by clicking on the unsubscribe link at the bottom of our emails.</p><p class="thanks">Thanks for signing up!</p><p>A welcome email is on its way. If you don't see it, please check your junk folder.</p><p>The next issue of Headline News will soon be in your inbox.</p></div>`,
    },
    side: `<section class="trending"><h3>Trending</h3><ol>${REGHEADS.slice(9, 12)
      .map((h) => `<li>${link6(h)}</li>`)
      .join('')}</ol></section>`,
  }),
  [
    'Headline News',
    'Sign up to receive daily headline news',
    'By signing up you consent',
    'Thanks for signing up',
    'A welcome email is on its way',
    'check your junk folder',
    'will soon be in your inbox',
    'Trending',
    ...REGHEADS.slice(9, 12),
  ],
);

add(
  'Postmedia: the comments notice and "Share this article in your social network" under the body',
  ARENA,
  shell6('postmedia', ARENA, {
    tail: `<div class="share"><p>Share this article in your social network</p></div><div class="comments-policy"><p>Our network is committed to a lively but civil forum for discussion. Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site.</p><a href="#comments">Join the Conversation</a></div>`,
  }),
  [
    'Share this article in your social network',
    'lively but civil forum',
    'Comments may take up to an hour',
    'Join the Conversation',
  ],
);

add(
  'News Corp: a "Continue reading" paywall line, "Join the conversation" and "More Coverage" with "Originally published as"',
  RAILSTRIKE,
  shell6('newscorp', RAILSTRIKE, {
    at: {
      [-1]: `<div class="paywall-notice"><p>Continue reading your article with a Southern Telegraph subscription</p><p>Already a subscriber? <a href="/login">Log in</a></p></div>`,
    },
    tail: `<p class="originally-published">Originally published as Train drivers vote for rolling stoppages as pay talks stall</p><div class="comments-cta"><h3>Join the conversation</h3><p>To join the conversation, please log in. Don't have an account? <a href="/register">Register</a></p><p>Join the conversation, you are commenting as Logout</p></div><section class="more-coverage"><h3>More Coverage</h3><ul>${[
      'Commuters brace for a week of delays',
      'Union boss fires back at the minister',
    ]
      .map((h) => `<li>${link6(h, 'national')}</li>`)
      .join('')}</ul></section>`,
  }),
  [
    'Continue reading your article',
    'Already a subscriber',
    'Originally published as',
    'Join the conversation',
    'please log in',
    'you are commenting as',
    'More Coverage',
    'Commuters brace for a week of delays',
    'Union boss fires back at the minister',
  ],
);

add(
  'News Corp: "Don’t miss out on the headlines" follow box and a "Sponsored" card under the body',
  RAILSTRIKE,
  shell6('newscorp', RAILSTRIKE, {
    tail: `<div class="follow-topic"><p>Don’t miss out on the headlines from National. Followed categories will be added to My News.</p><button>Follow</button></div><div class="sponsored-card"><span>Sponsored</span>${link6('Five ways to cut your energy bill this winter', 'partner')}</div>`,
  }),
  [
    'Don’t miss out on the headlines',
    'Followed categories will be added to My News',
    'Sponsored',
    'Five ways to cut your energy bill',
  ],
);

add(
  'SCMP style: "Why you can trust" line, "Recommended" cards, an app plug and "+ FOLLOW" topic buttons',
  ASIAPARTNERS,
  shell6('scmp', ASIAPARTNERS, {
    at: {
      2: `<div class="recommended"><h4>Recommended</h4>${[
        'Manila and Tokyo sign a troop access pact',
        'Seoul weighs a bigger role in European security',
      ]
        .map((h) => `<div class="card">${link6(h, 'asia')}<span>4 Jun 2026</span></div>`)
        .join('')}</div>`,
    },
    tail: `<div class="topics-row"><span>Topics</span><a href="/t/nato">NATO</a><button>+ FOLLOW</button><a href="/t/ukraine">Ukraine war</a><button>+ FOLLOW</button></div><p class="trust"><a href="/trust">Why you can trust the Harbour Morning Post</a></p><div class="app-plug"><p>Download the Harbour Morning Post app for breaking news on the go</p><a href="/app">Get the app</a></div>`,
  }),
  [
    'Recommended',
    'Manila and Tokyo sign a troop access pact',
    'Seoul weighs a bigger role',
    '+ FOLLOW',
    'Why you can trust',
    'Download the Harbour Morning Post app',
    'Get the app',
  ],
);

add(
  'Times of India style: "Also Read |" lines in the body, an e-paper plug, "Visual Stories" and "Start a Conversation"',
  ASIAPARTNERS,
  shell6('toi', ASIAPARTNERS, {
    at: {
      1: `<div class="also-read">Also Read | ${link6('Delhi sends a junior minister to the summit', 'world')}</div>`,
      3: `<div class="also-read">Also read: ${link6('Why New Delhi keeps its distance from the alliance', 'world')}</div>`,
    },
    tail: `<div class="epaper-plug"><p>Read the full print edition on our ePaper</p><a href="/epaper">Read ePaper</a></div><div class="comments"><h3>Start a Conversation</h3><p>Be the first one to comment on this story.</p></div>`,
    after: `<section class="visual-stories"><h3>Visual Stories</h3>${[
      '10 monsoon dishes to try',
      'Hill stations for a cool June',
    ]
      .map((h) => `<div>${link6(h, 'web-stories')}</div>`)
      .join('')}</section>`,
  }),
  [
    'Also Read',
    'Delhi sends a junior minister',
    'Why New Delhi keeps its distance',
    'Read the full print edition on our ePaper',
    'Read ePaper',
    'Start a Conversation',
    'Be the first one to comment',
    'Visual Stories',
    '10 monsoon dishes',
  ],
);

add(
  'Straits Times style: a Telegram plug, "Find out more" line, "Read more" label with a headline and a topic row',
  ASIAPARTNERS,
  shell6('straits', ASIAPARTNERS, {
    at: {
      2: `<div class="related-story"><span class="label">READ MORE</span>${link6('Singapore and the alliance: a partnership at arm’s length', 'world')}</div>`,
    },
    tail: `<p class="tg-plug"><em>Join the Lion City Times’ Telegram channel and get the latest breaking news delivered to you.</em></p><div class="topics"><span>Topics:</span><a href="/t1">NATO</a><a href="/t2">Ukraine</a><a href="/t3">Diplomacy</a></div><p class="find-out-more">Find out more about how we cover the world in our weekly foreign desk newsletter. <a href="/newsletter">Sign up</a></p>`,
  }),
  [
    'READ MORE',
    'a partnership at arm’s length',
    'Telegram channel',
    'Topics:',
    'Find out more about how we cover',
    'weekly foreign desk newsletter',
  ],
);

// Guards: paragraphs that open like chrome.
const MOST_G = withPara(
  PIER,
  3,
  'Most read the closure as a sign the council had given up on the seafront, said the chair of the traders’ association, but the grant had changed minds within a few weeks.',
);
add('guard: a paragraph that opens with "Most read"', MOST_G, shell6('reach', MOST_G), []);

const JOIN_G = withPara(
  ARENA,
  4,
  'Residents who want to join the conversation about the district’s design can attend three open houses at city hall in September, the planning department said.',
);
add('guard: a paragraph that invites residents to "join the conversation"', JOIN_G, shell6('postmedia', JOIN_G), []);

const AD_G = withPara(
  RAILSTRIKE,
  3,
  'Advertisement campaigns by both sides have filled the stations this month, with the union’s posters asking commuters to blame the government and the operator’s promising a fair deal.',
);
add('guard: a paragraph that opens with "Advertisement"', AD_G, shell6('newscorp', AD_G), []);
