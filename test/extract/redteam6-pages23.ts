// The sixth red-team set, round 23, written before the cleaner was run on it: chrome of institutional pages. A
// defence alliance's speech and press pages ("Print" / "Share" rows, the release number and "Issued on", "Related"
// and "Topics" lists, a photo gallery with download links, audio and video files), a think tank's commentary
// (author bio boxes with long bios, "Related experts", "Events", "Support our work", a citation block, a views
// disclaimer) and a presidential office's news item (print version, photo gallery, "Other news", "All news of the
// category", a subscription box). Guards: a speech that ends "Thank you.", prose that opens on "Events",
// "Related", "Topics" and "Print". `chrome` lists phrases that must not survive, `article` the lines that must.
import type { Story } from './chrome-stories.js';
import type { Redteam2Case } from './redteam2-pages6.js';
import { link6, shell6 } from './redteam6-shells.js';
import { COMMENTARY, PRESIDENT, SPEECH } from './redteam6-stories.js';

export const CASES23: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES23.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};
const withPara = (s: Story, i: number, para: string): Story => ({
  ...s,
  paras: [...s.paras.slice(0, i), para, ...s.paras.slice(i)],
});
const withEnd = (s: Story, para: string): Story => ({ ...s, paras: [...s.paras, para] });

add(
  'alliance: "(As delivered)" note, a "Print / Share" row, the release number and "Issued on" line',
  SPEECH,
  shell6('alliance', SPEECH, {
    at: {
      [-1]: `<div class="tools-row"><a href="javascript:window.print()" class="print">Print</a><button class="share">Share</button><a href="/speech.pdf">PDF</a></div><p class="release-meta">Press Release (2026) 071 · Issued on 10 Jun. 2026</p><p class="delivered"><em>(As delivered)</em></p>`,
    },
  }),
  ['Press Release (2026) 071', 'Issued on 10 Jun', '(As delivered)', 'PDF'],
);

add(
  'alliance: "Related" news and "Topics" lists after the speech and a photo gallery with download links',
  SPEECH,
  shell6('alliance', SPEECH, {
    tail: `<section class="gallery"><h2>Photos</h2><div class="gallery__items">${[1, 2, 3]
      .map(
        (i) =>
          `<figure><img src="/photos/${i}.jpg" alt=""><figcaption>Defence ministers’ meeting, day two</figcaption><a href="/photos/${i}-hires.jpg">Download high resolution</a></figure>`,
      )
      .join('')}</div><a href="/photos/album">View the full photo album</a></section>`,
    after: `<section class="related"><h2>Related</h2><ul>${[
      'Doorstep statement by the Secretary General before the meeting',
      'Joint press point with the defence minister of Ukraine',
      'Meetings of defence ministers: what is on the agenda',
    ]
      .map((h) => `<li>${link6(h, 'opinions')}<span class="date">09 Jun. 2026</span></li>`)
      .join(
        '',
      )}</ul></section><section class="topics"><h2>Topics</h2><ul><li><a href="/t/ukraine">Relations with Ukraine</a></li><li><a href="/t/capabilities">Capabilities</a></li><li><a href="/t/defence-industry">Defence industries</a></li></ul></section>`,
  }),
  [
    'Photos',
    'Defence ministers’ meeting, day two',
    'Download high resolution',
    'View the full photo album',
    'Doorstep statement by the Secretary General',
    'Joint press point with the defence minister',
    'what is on the agenda',
    '09 Jun. 2026',
    'Relations with Ukraine',
    'Capabilities',
    'Defence industries',
  ],
);

add(
  'alliance: audio and video files of the press conference, "Go to" links and "Back to top"',
  SPEECH,
  shell6('alliance', SPEECH, {
    tail: `<div class="media-files"><h3>Audio and video</h3><ul><li><a href="/a.mp3">Download audio (MP3, 14 MB)</a></li><li><a href="/v.mp4">Download video (MP4, 312 MB)</a></li><li><a href="/transcript">Go to the Q&amp;A transcript</a></li></ul></div><p class="back"><a href="#top">Back to top</a></p>`,
  }),
  ['Audio and video', 'Download audio', 'Download video', 'Go to the Q&A transcript', 'Back to top'],
);

add(
  'think tank: a long author bio box, "Related experts" with titles and "The views expressed" disclaimer',
  COMMENTARY,
  shell6('thinktank', COMMENTARY, {
    tail: `<p class="disclaimer"><em>The views expressed in this commentary are the author’s own and do not represent those of the institute.</em></p><div class="author-bio"><h3>About the author</h3><p><a href="/people/einarsen">Dr Halvard Einarsen</a> is a senior research fellow in the Europe and Eurasia programme. His work focuses on alliance enlargement, deterrence in northern Europe and Russian foreign policy. Before joining the institute he spent eleven years in his country’s foreign service, including postings in Moscow and at the alliance’s headquarters, and he taught international security at a university in Oslo.</p></div>`,
    after: `<section class="related-experts"><h2>Related experts</h2><ul><li><a href="/people/a">Dr Renske Aalders</a><span>Director, Europe and Eurasia programme</span></li><li><a href="/people/b">Tomasz Kędzierski</a><span>Associate fellow, International security</span></li></ul></section>`,
  }),
  [
    'The views expressed in this commentary',
    'About the author',
    'senior research fellow in the Europe and Eurasia programme',
    'Before joining the institute',
    'taught international security',
    'Related experts',
    'Dr Renske Aalders',
    'Director, Europe and Eurasia programme',
    'Associate fellow, International security',
  ],
);

add(
  'think tank: "Events" list with dates, a "Support our work" box and a suggested citation',
  COMMENTARY,
  shell6('thinktank', COMMENTARY, {
    tail: `<div class="cite"><h4>Cite this</h4><p>Einarsen, H. (2026), ‘What an invitation to Ukraine would really change’, Expert comment, Atlantic Policy Institute, 10 June 2026.</p><button>Copy citation</button></div>`,
    after: `<section class="support"><h2>Support our work</h2><p>Our independent research depends on the generosity of people like you. A gift of any size helps us keep our analysis free for everyone.</p><a href="/donate">Donate today</a></section>`,
    side: `<section class="events"><h2>Events</h2><ul><li><time>17 June 2026</time>${link6('After the summit: what next for European security?', 'events')}<span>Hybrid event</span></li><li><time>24 June 2026</time>${link6('Book launch: The long war', 'events')}<span>In person</span></li></ul><a href="/events">All events</a></section>`,
  }),
  [
    'Cite this',
    'Expert comment, Atlantic Policy Institute',
    'Copy citation',
    'Support our work',
    'depends on the generosity',
    'Donate today',
    'After the summit: what next for European security',
    'Book launch',
    'Hybrid event',
    'In person',
    'All events',
  ],
);

add(
  'think tank: "Download PDF", "More on" topics row, a podcast plug and "Explore other topics"',
  COMMENTARY,
  shell6('thinktank', COMMENTARY, {
    at: {
      [-1]: `<div class="actions"><a href="/c.pdf">Download PDF</a><button>Share</button></div>`,
      2: `<aside class="podcast-plug"><p>Listen: our podcast, Deterrence Weekly, on what the summit must deliver.</p><a href="/podcast">Listen now</a></aside>`,
    },
    tail: `<div class="more-on"><span>More on</span><a href="/t/ukraine">Ukraine</a><a href="/t/nato">NATO</a><a href="/t/russia">Russia</a></div><section class="explore"><h2>Explore other topics</h2><ul><li><a href="/t/climate">Climate</a></li><li><a href="/t/china">China</a></li><li><a href="/t/trade">Trade</a></li></ul></section>`,
  }),
  ['Download PDF', 'Deterrence Weekly', 'Listen now', 'More on', 'Explore other topics', 'Climate'],
);

add(
  'presidential site: a print-version link, a photo gallery with "Download all photos" and tags',
  PRESIDENT,
  shell6('president', PRESIDENT, {
    at: {
      [-1]: `<div class="tools"><a href="?print=1">Print version</a></div>`,
    },
    tail: `<div class="gallery"><h3>Photo gallery</h3>${[1, 2, 3, 4]
      .map((i) => `<a href="/photos/${i}.jpg"><img src="/photos/${i}-s.jpg" alt=""></a>`)
      .join(
        '',
      )}<a href="/photos/all.zip">Download all photos</a></div><div class="tags"><span>Tags:</span><a href="/tag/visits">Visits</a><a href="/tag/nordic">Northern Europe</a><a href="/tag/eu">European integration</a></div>`,
  }),
  ['Print version', 'Photo gallery', 'Download all photos', 'Tags:', 'Northern Europe', 'European integration'],
);

add(
  'presidential site: "Other news" list with times, "All news of the category" and a subscription box',
  PRESIDENT,
  shell6('president', PRESIDENT, {
    after: `<section class="other-news"><h2>Other news</h2><ul>${[
      ['19:40', 'The President signed a decree on the national security council'],
      ['17:15', 'Address by the President on the results of the day'],
      ['15:02', 'The President met with the families of defenders'],
    ]
      .map(([time, h]) => `<li><span class="time">${time}</span>${link6(h ?? '')}</li>`)
      .join(
        '',
      )}</ul><a href="/news/all">All news of the category</a></section><div class="subscribe"><h3>Subscribe to the news of the Office</h3><input type="email"><button>Subscribe</button><p>Once a day we will send you the most important news.</p></div>`,
  }),
  [
    'Other news',
    'signed a decree on the national security council',
    'results of the day',
    'families of defenders',
    'All news of the category',
    'Subscribe to the news of the Office',
    'Once a day we will send you',
  ],
);

// Guards: speech and prose that look like chrome.
const THANKS_G = withEnd(SPEECH, 'Thank you.');
add('guard: a speech that ends "Thank you."', THANKS_G, shell6('alliance', THANKS_G), []);

const EVENTS_G = withPara(
  COMMENTARY,
  2,
  'Events may yet overtake the debate. A ceasefire agreed before the summit would force leaders to say what an invitation means for a country whose borders are not settled.',
);
add('guard: a paragraph that opens with "Events"', EVENTS_G, shell6('thinktank', EVENTS_G), []);

const RELATED_G = withPara(
  SPEECH,
  3,
  'Related to this, ministers agreed to open a joint training centre in Poland, where Ukrainian and allied officers will learn together from the experience of this war.',
);
add('guard: a speech paragraph that opens with "Related to this"', RELATED_G, shell6('alliance', RELATED_G), []);

const PRINT_G = withPara(
  PRESIDENT,
  2,
  'Print and online media in the Nordic countries have covered the visit widely, and the delegation said public support for Ukraine at home remained strong.',
);
add('guard: a paragraph that opens with "Print and online media"', PRINT_G, shell6('president', PRINT_G), []);

const TOPICS_G = withPara(
  COMMENTARY,
  4,
  'Topics that leaders would rather avoid, such as the future of occupied territory, will not go away because the summit declaration does not name them.',
);
add('guard: a paragraph that opens with "Topics"', TOPICS_G, shell6('thinktank', TOPICS_G), []);
