// Stories and headlines for the ninth red-team set (redteam9-*.ts): new texts of our own, none shared with the
// other fixture sets: a groundwater cap, a mayoral field of five (its candidates are the article's own list), a
// school district audit (its documents are the article's own sources), a ferry's troubled year (its timeline is
// the story's own). Every place, person and headline is made up.
import type { Story } from './chrome-stories.js';

export const AQUIFER: Story = {
  slug: 'state-caps-pumping-in-arroyo-basin',
  title: 'State caps pumping from the Arroyo basin as wells run dry on the east side',
  byline: 'Teodora Vance',
  section: 'Environment',
  paras: [
    'Farms and towns that draw water from the Arroyo basin will have to cut their pumping by a fifth over the next three years, the state water board decided on Thursday after two days of hearings.',
    'More than 140 household wells on the east side of the basin have gone dry since the spring, according to the county, and some families have been living on water delivered by truck for months.',
    'The board said the aquifer had dropped by about nine metres in a decade and that without limits the shallow wells in the valley would keep failing even in wet years.',
    'Growers warned that the cap would force them to leave thousands of hectares unplanted, and a coalition of almond and pistachio farmers said it was considering a challenge in court.',
    'The limits take effect in October, and every well that pumps more than a set amount will need a meter read by the board’s inspectors twice a year.',
  ],
};

export const MAYORS: Story = {
  slug: 'five-qualify-for-dunmore-mayoral-race',
  title: 'Five candidates qualify for the Dunmore mayoral race, the largest field in 20 years',
  byline: 'Ansel Brightwater',
  section: 'Politics',
  paras: [
    'Five candidates have qualified for the ballot in the race to succeed Mayor Joan Pettibone, the Dunmore city clerk said on Friday, the largest field since the city changed its charter in 2006.',
    'Each candidate had to gather 400 valid signatures from registered voters in the city, and two others who filed papers fell short after the clerk’s office rejected hundreds of their signatures.',
    'Pettibone, who has served three terms, announced in January that she would not run again and has not endorsed anyone, though she has praised the work of two council members in the field.',
    'Housing costs and the future of the closed Halvorsen mill site have dominated the early debates, with every candidate promising some mix of new apartments and a park on the riverfront.',
    'If no candidate wins more than half of the vote on May 6, the top two will meet in a runoff in June, which the city has needed in each of the last three open races.',
  ],
};

export const AUDIT: Story = {
  slug: 'audit-finds-district-overpaid-contractors',
  title: 'Audit finds Kestrel Valley schools overpaid building contractors by 1.3 million',
  byline: 'Lucinda Ferreira-Holt',
  section: 'Education',
  paras: [
    'The Kestrel Valley school district paid its building contractors about 1.3 million dollars more than their contracts allowed over four years, according to a state audit released on Tuesday.',
    'Auditors found that change orders for the new middle school and two gym renovations were approved by one facilities manager without the board’s vote, in breach of the district’s own rules.',
    'In several cases the district paid twice for the same work, once on the original invoice and again on a change order that described it in different words, the report said.',
    'Superintendent Rafael Oduya said the district had already recovered about 400,000 dollars and had hired an outside firm to review every change order signed since 2019.',
    'The facilities manager named in the audit retired last year, and the district said it had referred the findings to the county prosecutor, who declined to comment.',
  ],
};

export const FERRY: Story = {
  slug: 'island-ferry-back-in-service-after-year-of-breakdowns',
  title: 'Island ferry back in service after a year of breakdowns and cancelled sailings',
  byline: 'Morwenna Quist',
  section: 'Local',
  paras: [
    'The Gannet, the only car ferry between Port Aldous and Skerry Island, returned to service on Monday after three months in dry dock, ending a year in which more than 600 sailings were cancelled.',
    'Islanders had been relying on a small passenger boat hired by the county, which could not carry vehicles, so that deliveries of fuel and groceries had to be flown in or brought on a landing craft.',
    'The ferry’s operator said both of its engines had been rebuilt and its steering gear replaced, work that cost about 2.2 million dollars and was paid for by the state.',
    'The island’s shop owners said the cancellations had cost them a summer of visitors, and the primary school had closed on eleven days because teachers living on the mainland could not cross.',
    'The county has asked the state for money to build a second ferry so that one boat can be in service while the other is repaired, and a decision is expected in the autumn budget.',
  ],
};

/** Sixteen entertainment headlines of our own (the rail of the first case). */
export const STARS9 = [
  'Pop singer Kira Laine cancels the rest of her summer tour',
  'Reality star opens up about her second divorce on a podcast',
  'The actor who played Captain Voss is returning for a sequel',
  'Fans spot a famous couple at a drive-through in Malibu',
  'Talk show host reveals the guest who made him cry on air',
  'Boy band reunion tickets sell out in eleven minutes',
  'Model shows off her new puppy on a yacht in Greece',
  'Director says the studio cut forty minutes from his film',
  'Comedian apologises after a joke about a royal wedding',
  'Veteran rocker sells his song catalogue for a record sum',
  'Twins from a cooking show announce rival restaurants',
  'Award show host quits two weeks before the ceremony',
  'Former child star launches a line of scented candles',
  'Streaming series renewed despite a slump in viewers',
  'Singer’s ex-husband writes a memoir about their marriage',
  'Influencer slammed for a photo taken at a war memorial',
];

const SUBJECTS = [
  'Council',
  'Transit agency',
  'Hospital board',
  'Zoo',
  'University',
  'Fire brigade',
  'Airport',
  'Museum',
];
const EVENTS = [
  'names a new chief after a long search',
  'delays its budget vote to next month',
  'faces questions over a missing laptop',
  'plans a weekend of open days in July',
  'wins an award for its recycling scheme',
];
/** Forty headlines of our own, each a subject and an event (a rail's worth of other news). */
export const FORTY9 = SUBJECTS.flatMap((s) => EVENTS.map((e) => `${s} ${e}`));

/** Twelve headlines of our own for the short pointers and rails. */
export const HEADS9 = [
  'Bakery on Quarry Lane wins a national bread prize',
  'Storm knocks out power to 3,000 homes in the hills',
  'High school robotics team heads to the world finals',
  'Police search for a stolen vintage tractor',
  'New footbridge over the canal opens to walkers',
  'Volunteers plant 5,000 trees along the old railway',
  'Garden centre to close after 60 years in business',
  'Teenager rescues a dog from an icy pond',
  'Library launches a seed swap for spring planting',
  'Cyclists raise money for the children’s ward',
  'Roadworks on the bypass to last until September',
  'Choir marks its centenary with a concert in the abbey',
];
export const H9 = (i: number): string => HEADS9[i % HEADS9.length] ?? '';

/** One-sentence decks of our own, one for each of HEADS9 (prose-like teaser cards). */
export const DEKS9 = [
  'The sourdough loaf took two years to perfect and the judges called it the best in the country.',
  'Engineers worked through the night to repair lines brought down by falling branches.',
  'The team of six built a machine that sorts recycling faster than anyone expected.',
  'The 1952 tractor was taken from a barn on Sunday night and has not been seen since.',
  'The steel span replaces a wooden crossing that was closed as unsafe three years ago.',
  'Schoolchildren and retirees spent the weekend planting oaks, hawthorn and wild cherry.',
  'The owners say rising rents and fewer customers made it impossible to carry on.',
  'The sixteen-year-old crawled across the ice on a ladder to reach the terrier.',
  'Gardeners can bring packets of spare seed and take home varieties they have never grown.',
  'Forty riders covered 200 kilometres in a day and raised more than their target.',
  'Drivers are warned to expect delays at peak times while the surface is replaced.',
  'Singers past and present will perform works written for the choir over a century.',
];
export const D9 = (i: number): string => DEKS9[i % DEKS9.length] ?? '';
