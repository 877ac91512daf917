// Stories and items for the ninth guard set (guards9-*.ts): articles whose own text looks like chrome (link
// roundups, listicles with linked items, closing follow-up links, linked timelines and results, linked kickers and
// standfirsts). Every name, place, outlet and sentence here is made up and ours.
import type { Story } from './chrome-stories.js';

/** A short intro to a morning briefing: the items follow it and are the rest of the article. */
export const BRIEFING: Story = {
  slug: 'morning-briefing-thursday',
  title: 'Morning briefing: a rail strike, a record heat and a verdict on the harbour',
  byline: 'Greta Lindqvist',
  section: 'News',
  paras: [
    'Good morning. It is going to be another hot one, with the weather service expecting 34 degrees by mid-afternoon in the city and a little less on the coast, so carry water if you are out.',
    'Here is what you need to know before you start your day, from the strike that will shut the northern line to the court ruling on the harbour dredging contract.',
  ],
};

/** Items of the morning briefing: a headline (a link) and one or two sentences of summary. */
export const BRIEF_ITEMS: [string, string][] = [
  [
    'Northern line drivers walk out for 24 hours',
    'No trains will run between Halden Cross and the airport from 4 a.m. on Friday; replacement buses leave every twenty minutes from the coach station.',
  ],
  [
    'Judge voids the harbour dredging contract',
    'The court found that the port authority changed the tender rules after bids had been opened. The authority says it will appeal.',
  ],
  [
    'City pools stay open until 10 p.m. during the heat',
    'Lifeguards will work extra shifts through Sunday, and entry after 6 p.m. is free for children under twelve.',
  ],
  [
    'Hospital parking fees to be scrapped for night staff',
    'The health board agreed on Wednesday to end the charges from next month after a petition signed by 2,000 nurses.',
  ],
  [
    'Rovers sign a goalkeeper from the second division',
    'The 22-year-old kept eleven clean sheets last season and has agreed a three-year contract.',
  ],
];

/** Editors' picks from other outlets: headline, outlet, one sentence on why it is worth reading. */
export const READING: Story = {
  slug: 'what-we-are-reading-this-week',
  title: 'What we’re reading: salt marshes, a lost typeface and the economics of queues',
  byline: 'The Weekend Desk',
  section: 'Culture',
  paras: [
    'Every Saturday our editors share the pieces from elsewhere that they could not stop talking about during the week. This time the list runs from coastal science to the history of printing.',
  ],
};
export const READING_ITEMS: [string, string, string][] = [
  [
    'The marsh that swallowed a sea wall',
    'Estuary Review',
    'A patient account of how a village let the tide back in, and why its flood risk fell as a result.',
  ],
  [
    'Searching for the typeface that vanished in 1911',
    'The Compositor',
    'A designer spends four years tracking metal type sold for scrap, and finds it in a barn.',
  ],
  [
    'Why the shortest queue is usually the slowest',
    'Margin Notes',
    'An economist explains checkout lines with more humour than the subject seems to allow.',
  ],
  [
    'A night shift with the city’s last lamplighter',
    'Lantern Weekly',
    'Gas lamps still burn in four streets of the old town, and one man keeps them going.',
  ],
];

/** A press review: each paper's front page, its lead linked, the outlet named. */
export const PAPERS: Story = {
  slug: 'what-the-papers-say-tuesday',
  title: 'What the papers say: budget leaks and a royal visit lead the front pages',
  byline: 'Press Review Desk',
  section: 'News',
  paras: [
    'The leaked draft of next week’s budget dominates most of Tuesday’s front pages, though two papers lead instead on the royal visit to the flooded towns of the south.',
  ],
};
export const PAPERS_ITEMS: [string, string][] = [
  ['The Morning Standard', 'Treasury plans a fuel duty rise despite its promises'],
  ['The Courier-Gazette', 'Pension age to rise a year earlier than planned'],
  ['Evening Chronicle', 'Princess wades through flood water in Marbury'],
  ['The Daily Lantern', 'Ministers split over the leaked budget draft'],
  ['Northern Post', 'Flood towns demand help after the cameras leave'],
];

/** A listicle: five things to know, each a linked subheading and a paragraph. */
export const FARECARD: Story = {
  slug: 'five-things-to-know-about-the-new-fare-card',
  title: 'Five things to know about the new regional fare card',
  byline: 'Idris Okonkwo',
  section: 'Transport',
  paras: [
    'The Tally card replaces paper tickets on every bus, tram and ferry in the region from Monday, and the transit authority expects about 300,000 people to switch in the first month.',
  ],
};
export const FARE_ITEMS: [string, string][] = [
  [
    'You can still pay with a bank card',
    'Contactless bank cards and phones work on every reader, and the daily fare cap applies to them exactly as it does to the Tally card itself.',
  ],
  [
    'Old paper passes are valid until the end of June',
    'Anyone holding a monthly paper pass can keep using it until it expires, and unused trips on ten-ride tickets can be moved onto a card at any station office.',
  ],
  [
    'Children under eleven travel free',
    'They do not need a card at all, although older children must register one to get the reduced youth fare of half the adult price.',
  ],
  [
    'Lost cards can be blocked online',
    'If the card is registered, the balance moves to a replacement, which costs three and can be collected the next day at a station office.',
  ],
  [
    'Ferries join the scheme in September',
    'Until then the two harbour ferries keep their own tickets, because their readers are being replaced over the summer.',
  ],
];

/** Where to watch the final: linked broadcasters and the terms of each. */
export const FINAL: Story = {
  slug: 'where-to-watch-the-cup-final',
  title: 'Where to watch the cup final on Saturday',
  byline: 'Ruth Ampofo',
  section: 'Sport',
  paras: [
    'Harwick Athletic and Dunmore City meet at the national stadium on Saturday at 5.30 p.m., and for the first time the final will be shown by three broadcasters at once.',
    'Every match from the quarter-finals on has been free to watch, and the federation has said the final will be no different, though one of the three services needs an account.',
  ],
};
export const WATCH_ITEMS: [string, string][] = [
  ['Channel Nine', 'free on air, coverage from 4 p.m.'],
  ['StadiumPlay', 'free with a registered account, streaming in 4K'],
  ['Radio Harwick', 'full commentary on 98.4 FM and online'],
];

/** A list of linked resources that the article itself is about. */
export const HEATHELP: Story = {
  slug: 'where-to-find-help-in-the-heatwave',
  title: 'Where to find help and a cool place during the heatwave',
  byline: 'Nadia Castellano',
  section: 'Local',
  paras: [
    'With temperatures forecast to stay above 32 degrees until at least Sunday, the city has opened its cooling centres early and asked neighbours to check on older people living alone.',
    'Most of the services below are free and open to anyone; the phone lines are staffed around the clock until the warning is lifted.',
  ],
};
export const HEAT_ITEMS: [string, string][] = [
  ['City cooling centres', 'eleven libraries and two community halls, open 9 a.m. to 9 p.m.'],
  ['Heat helpline', '0800 555 0192, for advice and to request a welfare visit'],
  ['Free water points', 'a map of 60 fountains and refill stations across the city'],
  ['Volunteer check-in scheme', 'sign up to phone an older neighbour once a day'],
];

/** A council decision with a closing "Update:" line and a link to the statement. */
export const HOSTEL: Story = {
  slug: 'council-delays-vote-on-hostel',
  title: 'Council delays vote on the riverside hostel after a packed public meeting',
  byline: 'Callum Ferris',
  section: 'Politics',
  paras: [
    'Councillors postponed a decision on a 60-bed hostel for homeless people on Riverside Road on Tuesday, after more than 200 residents crowded into a meeting meant for fifty.',
    'Supporters said the city had nowhere near enough emergency beds, while some neighbours said they had not been consulted and worried about the site’s closeness to a primary school.',
    'The charity that would run the hostel said it had held three open days and would answer every question in writing before the council meets again next month.',
  ],
};

/** A company recall, closing on one link that is the whole last sentence. */
export const RECALL: Story = {
  slug: 'kettle-maker-recalls-models',
  title: 'Kettle maker recalls 40,000 units after reports of overheating bases',
  byline: 'Sunniva Berg',
  section: 'Business',
  paras: [
    'Brennholt, the kitchen appliance maker, is recalling about 40,000 electric kettles sold over the past two years after customers reported bases that melted or gave off smoke.',
    'The company said no one had been hurt, but that a faulty switch could keep the heating element on after the water boiled, and it urged owners to stop using the kettles at once.',
    'Owners can return the kettle to any shop that sells the brand for a full refund, with or without a receipt, or ask for a free collection from home.',
  ],
};

/** A regional election with a results table, each candidate linked. */
export const WARDS: Story = {
  slug: 'harbour-ward-by-election-results',
  title: 'Greens take the Harbour ward by-election by 212 votes',
  byline: 'Ottilie Marsh',
  section: 'Politics',
  paras: [
    'The Green candidate won the Harbour ward by-election on Thursday by 212 votes, taking a seat that Labour had held for 28 years, on a turnout of 31 per cent.',
    'The vote was called after the death of the long-serving councillor Peter Hanley in March, and the result leaves the council’s ruling coalition with a majority of two.',
  ],
};
export const WARD_ROWS: [string, string, string][] = [
  ['Imogen Tate', 'Green', '1,486'],
  ['Desmond Farr', 'Labour', '1,274'],
  ['Harriet Quill', 'Conservative', '655'],
  ['Joel Brandt', 'Independent', '203'],
];

/** A school league story with a ranked list of linked schools and their scores. */
export const SCHOOLS: Story = {
  slug: 'county-school-results-table',
  title: 'Two village primaries top the county’s reading results',
  byline: 'Aurelio Santos',
  section: 'Education',
  paras: [
    'Two small village primaries have the best reading results in the county this year, beating the large town schools that usually top the table, according to figures published on Wednesday.',
    'The scores show the share of eleven-year-olds meeting the expected standard in reading; the county average was 74 per cent, up three points on last year.',
  ],
};
export const SCHOOL_ROWS: [string, string][] = [
  ['Oakhurst Primary', '96%'],
  ['Little Brampton CE Primary', '94%'],
  ['St Aidan’s, Fellbridge', '91%'],
  ['Marsh Lane Academy', '89%'],
  ['Kingsford Junior School', '88%'],
];

/** A long-running dispute with a timeline of dates and linked events. */
export const PIERFIRE: Story = {
  slug: 'pier-rebuild-finally-approved',
  title: 'Pier rebuild approved six years after the fire',
  byline: 'Leopold Nakamura',
  section: 'Local',
  paras: [
    'The council approved plans on Monday to rebuild Westhaven pier, six years after a fire destroyed its pavilion and left the structure closed to the public ever since.',
    'The new deck will be built on the old iron piles, which engineers say are sound, and a smaller glass pavilion will replace the timber one that burned down.',
  ],
};
export const PIER_EVENTS: [string, string][] = [
  ['June 2020', 'Fire destroys the pavilion and half the deck'],
  ['March 2022', 'Trust buys the pier for one pound'],
  ['October 2024', 'First plans rejected over the design'],
  ['May 2026', 'Revised plans approved'],
];

/** An analysis piece that opens with a linked "Analysis:" line. */
export const PORTDEAL: Story = {
  slug: 'analysis-port-deal-harbour-towns',
  title: 'The port deal will change the harbour towns more than the capital',
  byline: 'Henrike Solberg',
  section: 'Business',
  paras: [
    'On paper the agreement signed on Friday is about container cranes and customs sheds, but most of the jobs it creates will be in three small harbour towns rather than in the capital.',
    'Those towns lost their fishing fleets in the nineties and have little else to replace them, which is why their councils lobbied for the deal harder than any ministry did.',
    'The risk is that the new terminals need skills the towns do not have, and that the work goes to commuters from the city while local people get the traffic.',
  ],
};

/** An opinion piece with a linked series standfirst. */
export const TEACHERS9: Story = {
  slug: 'a-city-that-cannot-house-its-teachers',
  title: 'A city that cannot house its teachers will not keep them',
  byline: 'Miriam Achebe',
  section: 'Opinion',
  paras: [
    'Every August I watch another colleague pack up a classroom, not because they have stopped loving the job but because the rent on a one-bedroom flat now takes two thirds of a new teacher’s pay.',
    'The council’s answer has been a scheme of forty subsidised flats for key workers, which is welcome, but forty flats in a city that employs 3,000 teachers is a gesture rather than a policy.',
    'If we want the people who teach our children to live among us, the city has to build for them, on its own land, at rents tied to what they earn rather than to what the market will bear.',
  ],
};

/** A food guide: six linked places, each with a paragraph of its own. */
export const EATS: Story = {
  slug: 'where-to-eat-near-the-new-market-hall',
  title: 'Where to eat near the new market hall',
  byline: 'Tobias Renner',
  section: 'Food',
  paras: [
    'The market hall on Cooper Street reopened last month after a two-year restoration, and the streets around it have filled with kitchens that open early and close late. These are the six we keep going back to.',
  ],
};
export const EAT_ITEMS: [string, string][] = [
  [
    'Salt and Ember',
    'A grill in a former tyre shop where everything, even the cabbage, is cooked over oak; the lamb flatbread is the thing to order.',
  ],
  [
    'Nonna Vittoria',
    'Fresh pasta rolled in the window every morning, and a lunch menu of three dishes that changes when the flour runs out.',
  ],
  [
    'The Copper Kettle',
    'A tea room that has outlived every fashion on the street, with scones the size of a fist and a queue on Saturday mornings.',
  ],
  [
    'Pho Hanh',
    'Broth that simmers for fourteen hours, served at six small tables; bring cash, because the card reader has been broken since spring.',
  ],
  [
    'Dune',
    'North African small plates in a room painted the colour of sand, with a courtyard that is the best seat in the district on a warm night.',
  ],
  [
    'Early Bird Bakery',
    'Opens at six for the market traders, and by nine the cardamom buns are usually gone, so set an alarm.',
  ],
];

/** A league story with the table of standings, each team linked. */
export const LEAGUE: Story = {
  slug: 'harbour-rovers-clinch-the-title',
  title: 'Harbour Rovers clinch the title with a game to spare',
  byline: 'Ingrid Haugland',
  section: 'Sport',
  paras: [
    'Harbour Rovers won the regional league on Saturday with a 2-0 win at Millbank, taking an unassailable five-point lead into the final round and their first title since 1998.',
    'Their captain, the 34-year-old centre back Kofi Mensah, said the squad had been written off in August after losing three of their first four games.',
  ],
};
export const LEAGUE_ROWS: [string, number, number][] = [
  ['Harbour Rovers', 21, 47],
  ['Dunmore City', 21, 42],
  ['Millbank Athletic', 21, 38],
  ['Fellbridge Town', 21, 33],
  ['Kingsford United', 21, 29],
];
