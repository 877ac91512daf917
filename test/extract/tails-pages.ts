// Furniture at the head and tail of news stories that survives the other sets, in our own words and the
// earlier sets' shells: the publisher's own "About <Publisher>" box and a founder's appeal with audience
// figures inside the body container, a kicker and date line above the story whose kicker link is gone, a
// row of topic links closing or opening the body, and promotional paragraphs for gambling sites appended
// after the story. Each kind has look-alikes whose text must stay: an "About the study" section, a story
// about the publisher's own history, a story about a donation drive, a topic list the story announces, a
// story about casinos, and a date line inside a timeline.
import { BRIDGE, COD, GRID, SIGNAL, TREASURER, type Story } from './chrome-stories.js';
import { esc, page, slug, type Platform, type Placement } from './chrome-shells.js';
import { WELLS } from './precision6-pages.js';

export type Kind = 'about' | 'appeal' | 'dateline' | 'topics' | 'spam' | 'kept';

export interface TailsCase {
  name: string;
  kind: Kind;
  story: Story;
  html: string;
  chrome: string[];
  article: string[];
}

const a = (text: string, href: string): string => `<a href="${href}">${esc(text)}</a>`;
const last = (s: Story): number => s.paras.length - 1;

const cases: TailsCase[] = [];
function add(
  name: string,
  kind: Kind,
  platform: Platform,
  story: Story,
  placement: Placement,
  chrome: string[],
  keep: string[] = [],
): void {
  cases.push({ name, kind, story, chrome, article: [...story.paras, ...keep], html: page(platform, story, placement) });
}

// ---- The publisher's own box, inside the body ----------------------------------------------------------
add(
  'about-wordpress-publisher-box-in-body',
  'about',
  'wordpress',
  COD,
  {
    slots: {
      [last(COD)]:
        `<h3>About The Valley Courier Group</h3><p>The Valley Courier Group is a trusted name in regional news, joining local reporting, events and audience research under one roof. As the parent company of The Valley Courier, it reaches more than two million readers a month across print, web and podcasts.</p><p>Founded by two former wire editors in 1998, the group has grown into a network of eleven titles that serve towns from the coast to the hills.</p>`,
    },
  },
  ['About The Valley Courier Group', 'trusted name in regional news', 'network of eleven titles'],
);

add(
  'about-arc-publisher-box-bold-label',
  'about',
  'arc',
  GRID,
  {
    slots: {
      [last(GRID)]:
        `<p><strong>About Metro Herald</strong></p><p>Metro Herald is an independent daily covering the city and its suburbs, with newsrooms in four districts and a reader panel that shapes its coverage.</p>`,
    },
  },
  ['About Metro Herald', 'independent daily covering the city'],
);

// ---- A founder's appeal with audience figures ----------------------------------------------------------
add(
  'appeal-ghost-founder-message-with-figures',
  'appeal',
  'ghost',
  TREASURER,
  {
    slots: {
      [last(TREASURER)]:
        `<p>A message from Ruth Calloway, co-founder of The Ledger:</p><p>Your support keeps our reporting open to everyone. Here is what readers like you made possible this year:</p><ul><li>3.2M+ readers of our court and council coverage every month</li><li>48k+ newsletter subscribers who get the day's stories each morning</li><li>600+ public meetings attended by our reporters</li></ul>`,
    },
  },
  ['A message from Ruth Calloway', '3.2M+ readers', 'newsletter subscribers who get', 'public meetings attended'],
);

add(
  'appeal-brightspot-support-our-journalism',
  'appeal',
  'brightspot',
  BRIDGE,
  {
    slots: {
      [last(BRIDGE)]:
        `<div class="RichTextBody-support"><h3>Support our journalism</h3><p>Capital Report is free to read because readers chip in. A gift of any size pays for the reporters who sit through the meetings so you do not have to.</p><p>${a('Give today', '/donate')}</p></div>`,
    },
  },
  ['Support our journalism', 'readers chip in'],
);

// ---- Kicker and date line above the story --------------------------------------------------------------
add(
  'dateline-drupal-separator-and-date',
  'dateline',
  'drupal',
  WELLS,
  { slots: { [-1]: `<p class="article-dateline"><span class="kicker"></span> | March 2, 2026</p>` } },
  ['| March 2, 2026'],
);

add(
  'dateline-handmade-kicker-and-date',
  'dateline',
  'handmade',
  SIGNAL,
  { slots: { [-1]: `<p class="dateline">FEATURE | March 2, 2026</p>` } },
  ['FEATURE |'],
);

add(
  'dateline-ghost-on-date',
  'dateline',
  'ghost',
  TREASURER,
  { slots: { [-1]: `<p class="post-date">on March 2, 2026</p>` } },
  ['on March 2, 2026'],
);

add(
  'dateline-brightspot-date-and-reading-time',
  'dateline',
  'brightspot',
  GRID,
  { slots: { [-1]: `<p class="ArticlePage-datePublished">March 2, 2026 • 6 minutes</p>` } },
  ['6 minutes'],
);

// ---- Rows of topic links --------------------------------------------------------------------------------
add(
  'topics-wordpress-tag-list-closing-body',
  'topics',
  'wordpress',
  WELLS,
  {
    slots: {
      [last(WELLS)]: `<ul class="post-tags">${['Water quality', 'Flooding', 'Public health', 'Farming']
        .map((t) => `<li>${a(t, `/tag/${slug(t)}/`)}</li>`)
        .join('')}</ul>`,
    },
  },
  ['Water quality', 'Public health'],
);

add(
  'topics-arc-topic-row-opening-body',
  'topics',
  'arc',
  COD,
  {
    slots: {
      [-1]: `<ul class="c-topics">${['Fisheries', 'Coastal economy', 'Regulation']
        .map((t) => `<li>${a(t, `/topics/${slug(t)}/`)}</li>`)
        .join('')}</ul>`,
    },
  },
  ['Coastal economy', 'Regulation'],
);

add(
  'topics-ghost-tag-line-closing-body',
  'topics',
  'ghost',
  GRID,
  {
    slots: {
      [last(GRID)]: `<p class="tag-line">${['Energy', 'Heat wave', 'Electricity prices']
        .map((t) => a(t, `/tag/${slug(t)}/`))
        .join(' · ')}</p>`,
    },
  },
  ['Heat wave', 'Electricity prices'],
);

// ---- Gambling promotions appended after the story ------------------------------------------------------
const SPAM = [
  [
    'Lucky Harbour Casino',
    'Players who enjoy classic slots can try Lucky Harbour Casino, with hundreds of pokies, weekly free spins and quick withdrawals.',
  ],
  [
    'Red Comet Bet',
    'For sports fans, Red Comet Bet offers live betting on every league, generous welcome bonuses and a smooth mobile app.',
  ],
  [
    'Golden Reel',
    'Golden Reel brings live dealer tables and jackpot games to your phone, with fast payouts for new players.',
  ],
] as const;
const spam = (n: number): string =>
  SPAM.slice(0, n)
    .map(([brand, line]) => `<p>${esc(line).replace(brand, a(brand, `https://${slug(brand)}.example/`))}</p>`)
    .join('');

add(
  'spam-wordpress-casino-paragraphs-after-story',
  'spam',
  'wordpress',
  SIGNAL,
  { slots: { [last(SIGNAL)]: spam(3) } },
  ['Lucky Harbour Casino', 'Red Comet Bet', 'Golden Reel brings'],
);

add('spam-handmade-one-casino-paragraph', 'spam', 'handmade', BRIDGE, { slots: { [last(BRIDGE)]: spam(2) } }, [
  'Lucky Harbour Casino',
  'Red Comet Bet',
]);

add(
  'spam-drupal-casino-links-hidden-off-screen',
  'spam',
  'drupal',
  COD,
  { slots: { [last(COD)]: `<div style="position:absolute; left:-24180px;">${spam(3)}</div>` } },
  ['Lucky Harbour Casino', 'Red Comet Bet', 'Golden Reel brings'],
);

// ---- Look-alikes that must stay -------------------------------------------------------------------------
const STUDY: Story = {
  slug: 'sleep-study-teenagers-screens',
  title: 'Teenagers who put phones away an hour before bed sleep longer, study finds',
  byline: 'Maren Holt',
  section: 'Health',
  paras: [
    'Teenagers who stopped using their phones an hour before bed slept on average 38 minutes longer a night, according to a study of 1,900 pupils published on Monday by the regional university hospital.',
    'The pupils, aged 13 to 17, wore wrist monitors for six weeks, and half of them were asked to leave their phones in the kitchen from nine in the evening.',
    'Those who kept their phones out of the bedroom also reported feeling less tired in the first lessons of the day, the researchers said, although the effect faded after a month for some.',
    'The authors cautioned that the pupils knew which group they were in, which may have changed how they described their mornings.',
  ],
};
add(
  'kept-about-the-study-section',
  'kept',
  'brightspot',
  STUDY,
  {
    slots: {
      [last(STUDY)]:
        `<h3>About the study</h3><p>The study was funded by the regional health fund and carried out in nine schools between September and December, with consent from every pupil's parents.</p>`,
    },
  },
  [],
  [
    'About the study',
    "The study was funded by the regional health fund and carried out in nine schools between September and December, with consent from every pupil's parents.",
  ],
);

const HISTORY: Story = {
  slug: 'printing-works-closes-after-ninety-years',
  title: 'The old printing works on Mill Lane closes after ninety years',
  byline: 'Owen Tarrant',
  section: 'Local',
  paras: [
    'The printing works on Mill Lane, where the town’s newspapers were printed from 1936 until last month, closed its doors on Friday, and its two remaining presses will be sold to a museum in the north.',
    'For most of its life the works printed the Valley Courier six days a week, as well as parish magazines, election leaflets and the programmes of the summer regatta.',
    'Former press operators gathered in the yard for a last photograph, and several said the building should become a workshop space rather than flats.',
    'The council said it would consult residents on the site’s future in the spring.',
  ],
};
add(
  'kept-about-the-publisher-in-the-story',
  'kept',
  'wordpress',
  HISTORY,
  {
    slots: {
      [last(HISTORY)]:
        `<h3>About The Valley Courier</h3><p>The Valley Courier was founded by a mill owner in 1871 and was printed on Mill Lane for most of its life, until printing moved to a contract press in the city last month.</p><p>Its archive of bound volumes will go to the county library, where readers will be able to ask for them from the summer.</p>`,
    },
  },
  [],
  [
    'The Valley Courier was founded by a mill owner in 1871',
    'Its archive of bound volumes will go to the county library',
  ],
);

const DRIVE: Story = {
  slug: 'food-bank-winter-donation-drive',
  title: 'Food bank asks for tinned goods as winter demand doubles',
  byline: 'Priya Natarajan',
  section: 'Community',
  paras: [
    'The town food bank has asked residents for tinned fish, rice and nappies after the number of families it serves doubled in November, its manager said on Tuesday.',
    'Volunteers packed 420 parcels last week, against about 200 in the same week a year ago, and the shelves for baby food were empty by Thursday.',
    'Supermarkets on the ring road have put collection bins by their tills until the end of January.',
    'A message from Helen Ortiz, manager of the food bank, read at the volunteers’ meeting:',
  ],
};
add(
  'kept-donation-drive-story-with-message',
  'kept',
  'ghost',
  DRIVE,
  {
    slots: {
      [last(DRIVE)]:
        `<ul><li>Bring tins to any of the three collection bins on the ring road</li><li>Drop nappies at the church hall on Saturday mornings</li><li>Call the food bank if you can drive a van for a day</li></ul><p>Support our food bank by giving what you can, she told the volunteers, because every parcel this winter will be needed.</p>`,
    },
  },
  [],
  [
    'Bring tins to any of the three collection bins on the ring road',
    'Call the food bank if you can drive a van for a day',
    'Support our food bank by giving what you can',
  ],
);

add(
  'kept-announced-list-of-topics',
  'kept',
  'drupal',
  BRIDGE,
  {
    slots: {
      [last(BRIDGE)]: `<p>The county will hold three drop-in sessions next month, each on one topic:</p><ul>${[
        'Bus diversions',
        'Cycle routes',
        'Deliveries',
      ]
        .map((t) => `<li>${a(t, `/topics/${slug(t)}/`)}</li>`)
        .join('')}</ul>`,
    },
  },
  [],
  ['The county will hold three drop-in sessions next month', 'Bus diversions', 'Cycle routes', 'Deliveries'],
);

const CASINO: Story = {
  slug: 'casino-licence-harbour-site-refused',
  title: 'Council refuses a casino licence for the old harbour offices',
  byline: 'Dario Venn',
  section: 'Business',
  paras: [
    'The council’s licensing committee refused on Wednesday to grant a casino licence for the old harbour offices, where a company had planned forty gaming tables and 150 slot machines.',
    'Residents had objected that the casino would stay open until four in the morning next to a school, and the police said they had not been consulted on the plans.',
    'The company said the site would have brought 120 jobs and that it would appeal against the decision before the magistrates.',
    'Two other casinos in the town, on the promenade and at the station, have held licences since the 1990s.',
  ],
};
add(
  'kept-story-about-casinos-with-linked-names',
  'kept',
  'arc',
  CASINO,
  {
    slots: {
      [last(CASINO)]:
        `<p>The ${a('Promenade Casino', '/topics/promenade-casino/')} said it had not been asked for its view, and the ${a('Station Casino', '/topics/station-casino/')} declined to comment on the slots and tables planned next door.</p>`,
    },
  },
  [],
  ['said it had not been asked for its view, and the Station Casino declined to comment'],
);

add(
  'kept-timeline-with-date-lines',
  'kept',
  'handmade',
  SIGNAL,
  {
    slots: {
      1: `<p>The signal box's last years:</p><p>March 2, 1998 | Last train signalled from the box</p><p>June 9, 2011 | Box listed as a protected building</p>`,
    },
  },
  [],
  ['March 2, 1998 | Last train signalled from the box', 'June 9, 2011 | Box listed as a protected building'],
);

add(
  'kept-pull-quote-with-small-negative-margin',
  'kept',
  'wordpress',
  GRID,
  {
    slots: {
      1: `<blockquote style="margin-left:-40px; position:relative; left:-12px"><p>We would rather ask people to wait an hour than cut power to whole streets.</p></blockquote>`,
    },
  },
  [],
  ['We would rather ask people to wait an hour than cut power to whole streets.'],
);

add(
  'kept-closing-sentence-opening-on-a-date',
  'kept',
  'ghost',
  BRIDGE,
  { slots: { [last(BRIDGE)]: `<p>On March 2, 2027, the bridge is due to reopen.</p>` } },
  [],
  ['On March 2, 2027, the bridge is due to reopen.'],
);

export const TAILS_CASES: TailsCase[] = cases;
