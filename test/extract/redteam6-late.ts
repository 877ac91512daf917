// The sixth red-team set, second wave of rounds 21-23, written after the first wave's fixes and committed before
// the cleaner was run on it: other wordings of the same families. A counter with the war's name first, Reach's
// video player strings, Postmedia's "save this article" and "Share this Story" lines, News Corp's "Read related
// topics:", a print-edition note, a catch-all "Stay updated" line, broadcaster rails and stamps, a Pro plug, an
// alliance's Q&A transcript with its media files, a think tank's second author box, a presidential site's credits
// and Telegram line. Guards: a transcript's "MODERATOR:" lines and thanks, a paragraph opening "Video footage",
// one opening "Supported by". `chrome` lists phrases that must not survive, `article` the lines that must.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link6, shell6 } from './redteam6-shells.js';
import {
  AGENCYBID,
  ARENA,
  ASIAPARTNERS,
  BROADCASTBID,
  BRUSSELSBID,
  COMMENTARY,
  KYIVBID,
  PIER,
  PRESIDENT,
  RAILSTRIKE,
  SPEECH,
} from './redteam6-stories.js';

export const CASES_LATE6: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES_LATE6.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const withPara = (s: Story, i: number, para: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, i), para, ...s.paras.slice(i)],
});

add(
  'Kyiv English site: a counter with the war’s name first and a reader-funding line',
  KYIVBID,
  shell6('kyiv', KYIVBID, {
    at: {
      [-1]: `<p class="counter">Russia’s war against Ukraine: day 1,570</p>`,
      4: `<p class="members-line"><em>Our journalism is funded by our readers. Become a member today.</em></p>`,
    },
  }),
  ['day 1,570', 'funded by our readers', 'Become a member today'],
);

add(
  'state agency: a "Photo credit:" line, a "Read also" card block and a "Video" label',
  AGENCYBID,
  shell6('agency', AGENCYBID, {
    at: {
      0: `<p class="photo-credit">Photo credit: Presidential Office</p>`,
      2: `<div class="read-also-block"><span>Read also</span>${link6('Cabinet approves the energy recovery plan')}</div>`,
      3: `<div class="video-label"><span>Video</span></div>`,
    },
  }),
  ['Photo credit', 'Cabinet approves the energy recovery plan'],
);

add(
  'broadcaster: "Skip next section More from Europe", a "Show more" button and a head stamp "Updated: ..."',
  BROADCASTBID,
  shell6('euronews', BROADCASTBID, {
    at: { [-1]: `<p class="c-updated">Updated: 10/06/2026 - 18:45</p>` },
    after: `<section><a class="skip-link" href="#x">Skip next section More from Europe</a><h2>More from Europe</h2><ul>${[
      'Spain debates a four-day week for civil servants',
      'Dutch farmers block motorways over nitrogen rules',
    ]
      .map((h) => `<li>${link6(h, 'europe')}</li>`)
      .join('')}</ul><button>Show more</button></section>`,
  }),
  ['Updated: 10/06/2026', 'Skip next section', 'More from Europe', 'Spain debates a four-day week', 'Show more'],
);

add(
  'Brussels site: a "piece is part of" note, a Pro newsletter plug and "Pro subscribers can read"',
  BRUSSELSBID,
  shell6('politico', BRUSSELSBID, {
    at: {
      [-1]: `<p><em>This piece is part of Rondpoint’s Defense Central coverage.</em></p>`,
      3: `<p class="pro-plug">Pro subscribers can read the full version of this story here.</p>`,
    },
    tail: `<aside class="newsletter-plug"><p>Subscribe to Morning Defense, our daily briefing on the continent’s security, <a href="/nl/morning-defense">here</a>.</p></aside>`,
  }),
  ['This piece is part of', 'Defense Central coverage', 'Pro subscribers can read', 'Subscribe to Morning Defense'],
);

add(
  'Reach: the video player strings ("Video Loading", "Click to play Tap to play", auto-play countdown)',
  PIER,
  shell6('reach', PIER, {
    at: {
      1: `<div class="video-player"><p>Video Loading</p><p>Video Unavailable</p><p>Click to play Tap to play</p><p>The video will auto-play soon8Cancel</p><p>Play now</p></div>`,
    },
  }),
  ['Video Loading', 'Video Unavailable', 'Click to play', 'auto-play soon', 'Play now'],
);

add(
  'Reach: a daily newsletter line and a WhatsApp community line closing the body',
  PIER,
  shell6('reach', PIER, {
    at: {
      4: `<p><strong>Sign up to our daily newsletter for the latest news from Saltmarsh Bay.</strong></p><p>Join our WhatsApp community to get breaking news from the town sent straight to your phone.</p>`,
    },
  }),
  ['Sign up to our daily newsletter', 'Join our WhatsApp community'],
);

add(
  'Postmedia: "You can save this article by registering", "Share this Story:", "Report an error" and "Story continues below"',
  ARENA,
  shell6('postmedia', ARENA, {
    at: {
      [-1]: `<div class="save-article"><p>You can save this article by registering for free here. Or sign-in if you have an account.</p></div><div class="share-story"><p>Share this Story: Council approves downtown arena deal after nine-hour debate</p></div>`,
      2: `<p class="ad-note">Story continues below</p>`,
    },
    tail: `<div class="article-footer"><a href="/report-error">Report an error</a><a href="/editorial-policy">Editorial Policy</a></div>`,
  }),
  [
    'save this article by registering',
    'sign-in if you have an account',
    'Share this Story',
    'Report an error',
    'Editorial Policy',
  ],
);

add(
  'News Corp: "Read related topics:" line, "Add your comment to this story" and a listen label with its length',
  RAILSTRIKE,
  shell6('newscorp', RAILSTRIKE, {
    at: { [-1]: `<div class="listen"><span>Listen to this article</span><span>4 min</span></div>` },
    tail: `<p class="related-topics">Read related topics:<a href="/t/trains">Trains</a><a href="/t/unions">Unions</a></p><div class="comment-cta"><a href="#comments">Add your comment to this story</a></div>`,
  }),
  ['Listen to this article', 'Read related topics', 'Add your comment to this story'],
);

add(
  'SCMP style: a print-edition note with the printed headline',
  ASIAPARTNERS,
  shell6('scmp', ASIAPARTNERS, {
    tail: `<p class="print-note"><em>This article appeared in the Harbour Morning Post print edition as: Region eyes summit for clues on Ukraine</em></p>`,
  }),
  ['print edition as', 'Region eyes summit for clues'],
);

add(
  'Times of India style: a "Stay updated" catch-all line and an app download line',
  ASIAPARTNERS,
  shell6('toi', ASIAPARTNERS, {
    tail: `<div class="catch-all">Stay updated with the latest World News on Deccan Chronicle Times along with the latest headlines from India and around the world.</div><div class="app-line">Download The Deccan Chronicle Times App for the latest updates.</div>`,
  }),
  ['Stay updated with the latest World News', 'Download The Deccan Chronicle Times App'],
);

// A press conference's questions and answers: the transcript's labels and thanks are the article.
const QA: Story = {
  ...SPEECH,
  paras: [
    ...SPEECH.paras,
    'MODERATOR: We have time for a few questions. The first one goes to the lady in the second row.',
    'QUESTION: Secretary General, will leaders invite Ukraine at the summit, yes or no?',
    'SECRETARY GENERAL: Leaders will decide that at the summit. What I can tell you is that Ukraine has never been closer to the alliance than it is today. Thank you.',
    'MODERATOR: Thank you. That concludes this press conference.',
  ],
};
add(
  'alliance: a Q&A transcript with a tail stamp, a video link, an audio file and "Related news"',
  QA,
  shell6('alliance', QA, {
    tail: `<p class="last-updated">Last updated: 11 Jun. 2026 09:12</p><div class="media"><a href="/v">Video: Press conference by the Secretary General</a><a href="/v-full">Full length video</a><a href="/a.mp3">Audio file (MP3, 11 MB)</a></div>`,
    after: `<section><h2>Related news</h2><ul><li>${link6('Secretary General welcomes new air defence pledges', 'news')}</li><li>${link6('Allies open a training mission for Ukrainian pilots', 'news')}</li></ul></section>`,
  }),
  [
    'Last updated: 11 Jun',
    'Video: Press conference',
    'Full length video',
    'Audio file (MP3',
    'Related news',
    'welcomes new air defence pledges',
    'training mission for Ukrainian pilots',
  ],
);

add(
  'think tank: an author box with a name heading, a role line and a long bio, "Read more by" and a briefing plug',
  COMMENTARY,
  shell6('thinktank', COMMENTARY, {
    after: `<section class="author-box"><h3>Dr Halvard Einarsen</h3><p class="role">Senior Fellow, Security Programme</p><p>Halvard Einarsen leads the institute’s work on northern Europe. He has advised two defence ministers on alliance policy and has written three books on deterrence, the most recent on the Baltic Sea region after the enlargement of 2023 and 2024.</p><a href="/people/einarsen">Read more by Halvard Einarsen</a></section><div class="nl"><h3>Get our weekly briefing</h3><p>The best of our research and events, every Friday.</p><a href="/newsletter">Sign up</a></div>`,
  }),
  [
    'Senior Fellow, Security Programme',
    'leads the institute’s work on northern Europe',
    'advised two defence ministers',
    'Read more by Halvard Einarsen',
    'Get our weekly briefing',
    'The best of our research and events',
  ],
);

add(
  'presidential site: a photo credit line, a Telegram line and a "See also" list',
  PRESIDENT,
  shell6('president', PRESIDENT, {
    tail: `<p class="credit">Photos: Office of the President of Ukraine</p><p class="tg">Follow the news of the President on the official Telegram channel.</p><div class="see-also"><h3>See also</h3><ul><li>${link6('The President held talks with the Prime Minister of Estonia')}</li></ul></div>`,
  }),
  ['Photos: Office of the President', 'official Telegram channel', 'See also', 'Prime Minister of Estonia'],
);

// Guards: paragraphs that open like chrome.
const VIDEO_G = withPara(
  PIER,
  2,
  'Video footage shared by a neighbour showed the storm lifting whole planks from the deck and throwing them onto the beach below.',
);
add('guard: a paragraph that opens with "Video footage"', VIDEO_G, shell6('reach', VIDEO_G), []);

const SUPPORTED_G = withPara(
  COMMENTARY,
  3,
  'Supported by most of the eastern members, such a step would still need the western capitals, whose voters will have the last word through their parliaments.',
);
add('guard: a paragraph that opens with "Supported by"', SUPPORTED_G, shell6('thinktank', SUPPORTED_G), []);
