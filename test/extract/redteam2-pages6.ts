// The second red-team set, round 6 (the first of branch `redteam2`): chrome in stacks and markup the earlier
// rounds do not have, with class names that say nothing (CSS-in-JS hashes, Tailwind utilities) or stack names
// (Arc XP, Brightspot, Ghost, AMP, BLOX, Medium, a portal's wire story, Chorus). Written before the cleaner was
// run on it. `chrome` lists phrases that must not survive, `article` the lines that must.
import { esc } from './chrome-shells.js';
import { hashed, link2, shell2 } from './redteam2-shells.js';
import { BENCHES, BRUSHFIRE, CHIPPLANT, DREDGE, FOURDAY, LIGHTRAIL, RECOUNT, STRIKE } from './redteam2-stories.js';
import type { Story } from './chrome-stories.js';

export interface Redteam2Case {
  name: string;
  story: Story;
  html: string;
  chrome: string[];
  article: string[];
  /** A leak left (why): the test expects it to fail, and tells when a change fixes it. */
  known?: string;
}

export const CASES6: Redteam2Case[] = [];
const add = (name: string, story: Story, html: string, chrome: string[], keep: string[] = []): void => {
  CASES6.push({ name, story, html, chrome, article: [...story.paras, ...keep] });
};

const FEATURES = [
  [
    'Inside the bakery that never closes',
    'For forty years the ovens on Pike Street have not been switched off once, not even for a wedding.',
  ],
  [
    'The quiet fight over a parking lot',
    'Neighbours have spent three years arguing about forty spaces behind the library, and nobody is winning.',
  ],
  [
    'What a drought does to a river town',
    'The marina is a field of mud and the ferry has stopped, but the people who stayed are adapting.',
  ],
  [
    'A chess club for people who cannot sleep',
    'Every night at two a small group meets in a laundromat to play until the machines finish.',
  ],
  [
    'How one teacher got a whole school reading',
    'A reading hour before lunch began as an experiment and became the thing pupils talk about most.',
  ],
];
const C = (n: number): string => hashed('css-', n);

add(
  'CSS-in-JS cards after the article: headline, dek sentence, read time, no label',
  BRUSHFIRE,
  shell2('emotion', BRUSHFIRE, {
    after: `<div class="${C(1)}">${FEATURES.map(([h, d], i) => `<a class="${C(10 + i)}" href="/features/2026/04/f${i}"><div class="${C(20 + i)}"><img src="/i/f${i}.jpg" alt=""></div><h3 class="${C(30 + i)}">${esc(h ?? '')}</h3><p class="${C(40 + i)}">${esc(d ?? '')}</p><span class="${C(50)}">${i + 3} min read</span></a>`).join('')}</div>`,
  }),
  FEATURES.flat(),
);

const METRO = [
  'Water main break floods two blocks of Eastgate',
  'City council approves money for new crosswalks',
  'Ferry terminal reopens after a month of repairs',
];
add(
  'CSS-in-JS recirculation box mid-body with a short label in a span',
  BRUSHFIRE,
  shell2('emotion', BRUSHFIRE, {
    at: {
      2: `<aside class="${C(60)}"><span class="${C(61)}">More coverage</span><ul class="${C(62)}">${METRO.map((h) => `<li class="${C(63)}">${link2(h, 'metro')}</li>`).join('')}</ul></aside>`,
    },
  }),
  ['More coverage', ...METRO],
);

add(
  'hashed newsletter box with a form, fine print and no word "newsletter"',
  LIGHTRAIL,
  shell2('emotion', LIGHTRAIL, {
    tail: `<div class="${C(70)}"><h2 class="${C(71)}">The Morning Brief</h2><p class="${C(72)}">The day’s top stories in your inbox by six, every weekday.</p><form class="${C(73)}" action="/subscribe"><label class="${C(74)}">Email address<input type="email" name="email" placeholder="you@example.com"></label><button class="${C(75)}" type="submit">Sign up</button></form><p class="${C(76)}">By signing up you agree to our Terms of Use and acknowledge our Privacy Policy.</p></div>`,
  }),
  ['The Morning Brief', 'in your inbox by six', 'Terms of Use', 'Email address'],
);

add(
  'hashed share bar and audio player above the body',
  LIGHTRAIL,
  shell2('emotion', LIGHTRAIL, {
    at: {
      [-1]: `<div class="${C(80)}"><button class="${C(81)}" type="button">Gift this article</button><button class="${C(82)}" type="button">Share</button><button class="${C(83)}" type="button">Save</button></div><div class="${C(84)}"><button class="${C(85)}" aria-label="Play"><svg></svg></button><span class="${C(86)}">Listen to this article</span><span class="${C(87)}">6 min</span><a class="${C(88)}" href="/audio-help">Learn more</a></div>`,
    },
  }),
  ['Gift this article', 'Listen to this article', 'Learn more', '6 min'],
);

const TRENDING = [
  'Grain elevator fire closes Route 9 overnight',
  'County fair names its new rodeo queen',
  'Storm knocks out power to 3,000 homes',
  'High school robotics team heads to nationals',
  'Obituary: Walt Henning, 91, ran the feed store',
];
add(
  'Tailwind aside: numbered trending list and a bio box with a photo',
  FOURDAY,
  shell2('tailwind', FOURDAY, {
    side: `<section class="rounded-xl border p-5"><p class="mb-3 text-xs font-bold uppercase tracking-widest text-red-600">Trending now</p><ol class="space-y-4">${TRENDING.map((h, i) => `<li class="flex gap-3"><span class="text-3xl font-black text-gray-200">${i + 1}</span><a class="font-semibold leading-snug hover:underline" href="/news/t${i}">${esc(h)}</a></li>`).join('')}</ol></section>`,
    tail: `<div class="mt-12 flex gap-4 rounded-xl bg-gray-50 p-6"><img class="h-16 w-16 rounded-full" src="/staff/hb.jpg" alt=""><div><p class="font-bold">Hollis Brandvold</p><p class="text-sm text-gray-600">Hollis Brandvold reports on schools and rural life for the Prairie Current. Before joining the paper he taught history in a high school for nine years.</p><a class="text-sm font-medium text-blue-700" href="/staff/hollis-brandvold">More by Hollis</a></div></div>`,
  }),
  [...TRENDING, 'Trending now', 'taught history in a high school', 'More by Hollis'],
);

add(
  'Tailwind metering prompt between two paragraphs',
  FOURDAY,
  shell2('tailwind', FOURDAY, {
    at: {
      1: `<div class="not-prose my-8 rounded-lg border-2 border-gray-900 p-6 text-center"><p class="text-lg font-semibold">You have 2 free articles left this month.</p><p class="mt-1 text-sm">Create a free account to keep reading, or get unlimited access for one dollar a week.</p><div class="mt-4 flex justify-center gap-3"><a class="rounded bg-gray-900 px-4 py-2 text-white" href="/subscribe">Subscribe now</a><a class="px-4 py-2 underline" href="/login">Already a subscriber? Sign in</a></div></div>`,
    },
  }),
  ['free articles left', 'Create a free account', 'Subscribe now', 'Already a subscriber'],
);

add(
  'Arc XP: ad labels, "story continues below", a bracketed interstitial link; a correction kept',
  BRUSHFIRE,
  shell2('arc', BRUSHFIRE, {
    at: {
      0: `<div class="arcad-feature"><div class="advertisement-label">ADVERTISEMENT</div><div id="arcad_1" class="arcad"></div></div>`,
      1: `<p class="interstitial-link"><i>[${link2('Last summer’s fires cost the county its insurance discount', 'local')}]</i></p>`,
      2: `<div class="ad-slot"><p class="story-continues">Story continues below advertisement</p></div>`,
    },
    tail: `<p class="correction"><em>Correction: An earlier version of this article gave the wrong number of residents ordered to leave. It was about 600, not 6,000.</em></p>`,
  }),
  ['ADVERTISEMENT', 'Story continues below', 'insurance discount'],
  ['Correction: An earlier version of this article gave the wrong number of residents ordered to leave.'],
);

const MOSTREAD = [
  'Pier restaurant loses its licence after inspection',
  'Tribune poll: voters split on the stadium bond',
  'Surfer rescued by lifeguards off North Beach',
  'Historic lighthouse to reopen for tours in May',
];
add(
  'Arc XP right rail "Most Read Local" with numbers and an editor\'s note kept',
  DREDGE,
  shell2('arc', DREDGE, {
    at: {
      [-1]: `<p class="editors-note"><em>Editor’s note: This article is part of a series on the future of the port, supported by a grant from the Coastal Reporting Fund, which has no say over our coverage.</em></p>`,
    },
    side: `<div class="most-read-chain"><div class="chain-title">Most Read Local</div>${MOSTREAD.map((h, i) => `<div class="list-item"><span class="number">${i + 1}</span>${link2(h, 'local')}</div>`).join('')}</div>`,
  }),
  ['Most Read Local', ...MOSTREAD],
  ['Editor’s note: This article is part of a series on the future of the port'],
);

add(
  'Brightspot: audio player, an in-body promo card with a dek, and a copyright line',
  STRIKE,
  shell2('brightspot', STRIKE, {
    at: {
      [-1]: `<div class="AudioEnhancement"><ps-stream-player><button class="AudioPlayer-play" aria-label="play"></button><span class="AudioEnhancement-title">Listen</span> <span class="AudioEnhancement-duration">• 3:45</span></ps-stream-player></div>`,
      2: `<div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="PromoB"><div class="PromoB-content"><div class="PromoB-category"><a href="/health">Health</a></div><div class="PromoB-title">${link2('Hospital waiting lists grow for a third month', 'health')}</div><div class="PromoB-description">Patients in the region are waiting longer for hip and knee operations than anywhere else in the state.</div></div></div></div></div>`,
    },
    tail: `<p class="copyright-line">Copyright 2026 Capital Public Radio News. To see more, visit our website.</p>`,
  }),
  [
    '• 3:45',
    'Hospital waiting lists grow',
    'waiting longer for hip and knee',
    'Copyright 2026 Capital',
    'To see more, visit',
  ],
);

add(
  'Brightspot donation appeal after the story, with a button',
  RECOUNT,
  shell2('brightspot', RECOUNT, {
    tail: `<div class="PromoDonate"><div class="PromoDonate-title">Reporting you can count on</div><div class="PromoDonate-description"><p>Your support makes this reporting possible. Give today and keep local news free for everyone in the region.</p></div><a class="Button" href="/donate">Donate</a></div>`,
  }),
  ['Reporting you can count on', 'Your support makes this reporting possible', 'Give today'],
);

add(
  'Ghost: bookmark card to another site, members sign-up, "read more" post cards',
  BENCHES,
  shell2('ghost', BENCHES, {
    at: {
      1: `<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://walkable.example/guides/seating"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Why older people stop walking: the case for more seats</div><div class="kg-bookmark-description">A short guide for councils on where public seating does the most good.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/ic.png" alt=""><span class="kg-bookmark-author">Walkable Towns</span><span class="kg-bookmark-publisher">Ana Ruiz</span></div></div><div class="kg-bookmark-thumbnail"><img src="/th.jpg" alt=""></div></a></figure>`,
    },
    after: `<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for Tidewater Notes</h2><p>Slow news about our town and its estuary, every other Sunday.</p><a class="footer-cta-button" href="#/portal/signup" data-portal="signup"><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section><aside class="read-more-wrap outer"><div class="read-more inner">${FEATURES.slice(
      0,
      3,
    )
      .map(
        ([h, d], i) =>
          `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/"><img class="post-card-image" src="/p${i}.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="/p${i}/"><header class="post-card-header"><h2 class="post-card-title">${esc(h ?? '')}</h2></header><div class="post-card-excerpt">${esc(d ?? '')}</div></a><footer class="post-card-meta"><time class="post-card-meta-date">Mar ${i + 2}, 2026</time><span class="post-card-meta-length">${i + 2} min read</span></footer></div></article>`,
      )
      .join('')}</div></aside>`,
  }),
  [
    'Why older people stop walking',
    'A short guide for councils',
    'Walkable Towns',
    'Sign up for Tidewater Notes',
    'Slow news about our town',
    'Enter your email',
    ...FEATURES.slice(0, 3).flat(),
  ],
);

add(
  'AMP: amp-list with fallback and placeholder, amp-carousel of headlines, amp-iframe placeholder, share row',
  STRIKE,
  shell2('amp', STRIKE, {
    at: {
      1: `<amp-iframe width="600" height="340" layout="responsive" sandbox="allow-scripts" src="https://video.example/embed/991"><div placeholder>Loading the video player…</div><div fallback>This video cannot be shown on this page.</div></amp-iframe>`,
    },
    tail: `<amp-social-share type="facebook" aria-label="Share on Facebook"></amp-social-share><amp-social-share type="email" aria-label="Share by email"></amp-social-share><amp-list src="/related.json" layout="fixed-height" height="320"><template type="amp-mustache"><a href="{{url}}">{{title}}</a></template><div placeholder>Loading related stories…</div><div fallback>Related stories could not be loaded.</div></amp-list><amp-carousel type="carousel" height="220" layout="fixed-height">${METRO.map((h, i) => `<div class="slide"><amp-img src="/s${i}.jpg" width="160" height="90"></amp-img><h3>${link2(h)}</h3></div>`).join('')}</amp-carousel>`,
  }),
  [
    'Loading the video player',
    'cannot be shown on this page',
    'Loading related stories',
    'could not be loaded',
    ...METRO,
  ],
);

add(
  'BLOX-like: tags, a "be the first to know" box, comment rules and guest login',
  FOURDAY,
  shell2('blox', FOURDAY, {
    tail: `<div class="asset-tags"><span class="tnt-section-tag">Tags</span> <a href="/search/?k=schools">Schools</a> <a href="/search/?k=calendar">Calendar</a></div><div class="tnt-breaking-box"><h4>Be the first to know</h4><p>Get local news delivered to your inbox the moment it happens!</p><a class="btn" href="/newsletters/">Sign up today</a></div><div id="comments"><h3>Discussion rules</h3><ul><li><strong>Be polite.</strong> Comments that insult other readers are taken down.</li><li><strong>Stay on topic.</strong> Off-topic posts and links to other sites will be removed.</li><li><strong>Use your real name.</strong> Anonymous accounts may be blocked.</li></ul><p><a href="/users/login">Log in</a> or <a href="/users/guest">Post a comment as a guest</a></p></div>`,
  }),
  [
    'Be the first to know',
    'Get local news delivered',
    'Sign up today',
    'Discussion rules',
    'Be polite',
    'Stay on topic',
    'Use your real name',
    'Post a comment as a guest',
  ],
);

add(
  'Medium-like: claps, responses, "written by", follower count, "more from" and recommended cards',
  BENCHES,
  shell2('medium', BENCHES, {
    tail: `<div class="ab cb"><div class="pw-multi-vote-count"><p class="bf b dw z du">1.2K</p></div><div class="pw-responses-count"><p class="bf b dw z du">14</p></div></div><div class="ab q"><h2 class="bf ka gg">Written by Rosalind Achebe</h2><p class="bf b bg z du"><span>318 Followers</span> · Writer for Slow Towns</p><p class="bf b bg z du">Urban walker, former surveyor, grandmother of three.</p><button class="bf b bg z">Follow</button></div><div class="ab cb"><h2 class="bf b iv z">More from Rosalind Achebe</h2>${FEATURES.slice(
      2,
      5,
    )
      .map(
        ([h, d]) =>
          `<div class="ab"><a href="/@ra/x"><h2 class="bf kv kw">${esc(h ?? '')}</h2><h3 class="bf b dw">${esc(d ?? '')}</h3></a><span>Mar 3</span><span>412</span><span>9</span></div>`,
      )
      .join(
        '',
      )}<a href="/@ra">See all from Rosalind Achebe</a></div><div class="ab cb"><h2 class="bf b iv z">Recommended from Medium</h2><div class="ab"><span>Member-only story</span><a href="/@x/y"><h2>Ten streets that changed how I see my city</h2></a></div></div>`,
  }),
  [
    '1.2K',
    'Written by Rosalind Achebe',
    '318 Followers',
    'Urban walker, former surveyor',
    'More from Rosalind Achebe',
    'See all from',
    'Recommended from Medium',
    'Member-only story',
    'Ten streets that changed',
    ...FEATURES.slice(2, 5).flat(),
  ],
);

const SPONSORED = [
  ['Doctors stunned: this kitchen spice melts belly fat', 'HealthyDaily'],
  ['The 12 most beautiful train stations in the world', 'TravelSnap'],
  ['Homeowners born before 1970 are in for a big surprise', 'QuoteSmart'],
  ['She bought a shed for 500 dollars. Look inside now', 'DesignHub'],
];
add(
  'portal wire story: "Story continues" button, up-next video rail, promoted grid, wire copyright',
  CHIPPLANT,
  shell2('portal', CHIPPLANT, {
    at: {
      1: `<div class="caas-readmore"><button class="link caas-button" aria-label="Story continues">Story continues</button></div>`,
    },
    tail: `<p class="caas-copyright">© 2026 Associated Wire. This story may not be republished without permission.</p>`,
    side: `<div class="video-rail"><h3>Up next</h3>${['Markets close lower as tech slides', 'Why car sales are slowing', 'Fed watchers eye jobs data'].map((h, i) => `<div class="vid"><span class="dur">1:${20 + i}</span>${link2(h, 'video')}</div>`).join('')}</div>`,
    after: `<div class="promoted-grid"><div class="ob-label">Promoted</div>${SPONSORED.map(([h, s]) => `<a class="ob-card" href="https://ads.example/c?u=${s}"><img src="/ad.jpg" alt=""><span class="ob-title">${esc(h ?? '')}</span><span class="ob-source">${s}</span></a>`).join('')}</div>`,
  }),
  ['Story continues', 'may not be republished', 'Markets close lower', 'Up next', 'Promoted', ...SPONSORED.flat()],
);

add(
  'Chorus: a newsletter box in the body with a form and reCAPTCHA small print',
  RECOUNT,
  shell2('chorus', RECOUNT, {
    at: {
      2: `<div class="c-newsletter_signup_box--container"><div class="c-newsletter_signup_box"><h2 class="c-newsletter_signup_box__title">Sign up for Ballot Box</h2><p class="c-newsletter_signup_box__desc">Every close race in the region, explained on Thursdays.</p><form><input type="email" placeholder="Email (required)" required><button type="submit">Sign Up</button></form><p class="c-newsletter_signup_box__legal">By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA.</p></div></div>`,
    },
  }),
  ['Sign up for Ballot Box', 'Every close race in the region', 'protected by reCAPTCHA', 'Privacy Notice'],
);

// ---- Guards: content of the story that looks like chrome ----------------------------------------------
const RESULTS = [
  ['Delphine Moreau', '4,118', '4,119'],
  ['Gareth Llewellyn', '4,116', '4,117'],
  ['Rejected ballots', '3', '3'],
];
add(
  'guard: a table of results inside the story',
  RECOUNT,
  shell2('chorus', RECOUNT, {
    at: {
      1: `<table class="results"><thead><tr><th>Candidate</th><th>First count</th><th>Recount</th></tr></thead><tbody>${RESULTS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
    },
  }),
  [],
  ['Delphine Moreau 4,118 4,119', 'Gareth Llewellyn 4,116 4,117', 'Rejected ballots 3 3'],
);

const FACTS = [
  'Area burned: about 140 hectares',
  'Residents evacuated: about 600',
  'Containment: 80 per cent by Saturday evening',
];
add(
  'guard: a fact box in the body of a hashed-class page',
  BRUSHFIRE,
  shell2('emotion', BRUSHFIRE, {
    at: {
      2: `<aside class="${C(90)}"><h3 class="${C(91)}">The fire at a glance</h3><ul class="${C(92)}">${FACTS.map((f) => `<li>${esc(f)}</li>`).join('')}</ul></aside>`,
    },
  }),
  [],
  ['The fire at a glance', ...FACTS],
);

const QUOTE = '“We are asking for five patients a nurse, not the moon,” said Brigid Hale, who chairs the union branch.';
add(
  "guard: a quote paragraph and its pull quote (both kept, as the devset's ground truths keep both)",
  STRIKE,
  shell2('brightspot', STRIKE, {
    at: {
      0: `<p>${esc(QUOTE)}</p>`,
      2: `<figure class="PullQuote"><blockquote class="PullQuote-quote">“We are asking for five patients a nurse, not the moon”</blockquote></figure>`,
    },
  }),
  [],
  [QUOTE, '“We are asking for five patients a nurse, not the moon”'],
);

const CAL = [
  'Classes run Monday to Thursday, 7:50 a.m. to 3:55 p.m.',
  'Friday programme at the two largest schools, 8 a.m. to 5 p.m.',
  'Free places for families who qualify for reduced-price meals',
  'A review of the calendar after two years',
];
add(
  'guard: the story’s own list announced with a colon, Tailwind markup',
  FOURDAY,
  shell2('tailwind', FOURDAY, {
    at: {
      1: `<p>Under the new calendar:</p><ul class="list-disc pl-6">${CAL.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>`,
    },
  }),
  [],
  CAL,
);

const STEPS = [
  'March 2025: pilots limit the largest ships to two hours either side of high water',
  'September 2025: the port loses the second of three regular services',
  'January 2026: the board publishes the dredging plan for consultation',
];
add(
  'guard: a timeline of the story in a list with bold dates',
  DREDGE,
  shell2('newspack', DREDGE, {
    tail: `<h3>How the plan took shape</h3><ul class="timeline">${STEPS.map((s) => {
      const [d, rest] = s.split(': ');
      return `<li><strong>${esc(d ?? '')}</strong>: ${esc(rest ?? '')}</li>`;
    }).join('')}</ul>`,
  }),
  [],
  STEPS,
);
