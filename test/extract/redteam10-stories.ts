// Stories and headlines for the tenth red-team set (redteam10-*.ts): English news of other regions, texts of our
// own: a metro line in a South Asian city, a UK town's pothole row, a West African port's fuel queues, a ferry
// ban in a South-East Asian archipelago, and a wire story on a regional trade deal. Every place, person and
// headline is made up.
import type { Story } from './chrome-stories.js';

export const METRO: Story = {
  slug: 'ranakpur-metro-second-line-opens',
  title: 'Ranakpur metro opens its second line, cutting the cross-city trip to 35 minutes',
  byline: 'Anjali Deshmane',
  section: 'Cities',
  paras: [
    'The second line of the Ranakpur metro opened to passengers on Sunday morning, linking the textile district in the east with the new airport terminal across the river in 23 stations.',
    'Officials of the metro corporation said more than 80,000 people rode the line on its first day, many of them families who had queued at the ticket counters before the gates opened at six.',
    'The 27-kilometre line was due to open three years ago, but land disputes near the old vegetable market and a collapsed viaduct girder in 2024 pushed the date back twice.',
    'Fares start at 10 rupees for two stations, and commuters who use the corporation’s smart card will get a fifth of every fare back during the first month of service.',
    'The state transport minister said a third line to the northern suburbs would be put out to tender before the monsoon, though the corporation has yet to secure a loan for it.',
  ],
};

export const POTHOLE: Story = {
  slug: 'grandmother-fills-potholes-herself',
  title: 'Grandmother, 71, fills the potholes on her street herself after council ignores 14 complaints',
  byline: 'Dean Fairbrother',
  section: 'News',
  paras: [
    'A grandmother from Haxley has taken to filling the potholes on her street with a bucket of cold tarmac after the council ignored fourteen complaints about them over two years.',
    'Maureen Tilsley, 71, said she bought the repair mix from a builders’ merchant after her neighbour’s grandson buckled the wheel of his bike in a crater outside number 12.',
    'She spends about an hour every Saturday morning on the work, tamping the mix down with the back of a spade while neighbours bring her cups of tea and hold up traffic.',
    'The county council said the street had been inspected in March and that none of the holes met its threshold of 40 millimetres deep for an urgent repair.',
    'A council spokesman added that residents should not carry out repairs on the highway themselves because they could be held liable if a driver or cyclist were hurt.',
  ],
};

export const FUEL: Story = {
  slug: 'fuel-queues-return-to-port-harcastle',
  title: 'Fuel queues return to Port Harcastle as tanker drivers strike over levies',
  byline: 'Chinedu Okafor-Bello',
  section: 'Business',
  paras: [
    'Long queues returned to filling stations in Port Harcastle on Tuesday after tanker drivers parked their trucks at the depots in protest against new road levies charged by three local councils.',
    'Motorists said they had waited up to five hours for petrol at the few stations still selling, and black-market sellers were offering four-litre jerrycans at twice the pump price along the expressway.',
    'The tanker drivers’ union said each truck now paid levies at eleven checkpoints between the depot and the city, adding more than 90,000 naira to the cost of a single delivery.',
    'The state commissioner for transport said the councils had agreed to suspend the levies for two weeks while a committee reviewed them, but the union said it would wait for that in writing.',
    'Economists warned that the strike would push up the price of food and transport fares in a city where inflation has already passed 30 per cent this year.',
  ],
};

export const FERRIES: Story = {
  slug: 'coast-guard-suspends-sea-trips-as-storm-nears',
  title: 'Coast guard suspends sea trips across the Visaran islands as tropical storm nears',
  byline: 'Maricel Dumalagan',
  section: 'Regions',
  paras: [
    'The coast guard suspended all sea trips across the Visaran islands on Wednesday as Tropical Storm Ondoy moved closer to land, leaving more than 6,000 passengers stranded at ports.',
    'Ferries, fishing boats and motorised outriggers were barred from leaving port once the weather bureau raised a second-level wind signal over eleven provinces.',
    'At the port of San Teodoro, families slept on cardboard in the terminal while vendors sold rice and grilled fish from carts pushed in from the town market.',
    'The weather bureau said the storm was expected to make landfall on the eastern coast late on Thursday with sustained winds of up to 85 kilometres an hour.',
    'Provincial officials moved about 2,300 people from low-lying coastal villages to schools and covered courts, and classes at all levels were suspended until Friday.',
  ],
};

export const TRADE: Story = {
  slug: 'five-nations-sign-customs-pact',
  title: 'Five nations sign customs pact to cut border waits for lorries',
  byline: 'Tomasz Wielgus',
  section: 'World',
  paras: [
    'MERIDIA CITY, May 4 (Continental Wire) - Five neighbouring countries signed a customs pact on Monday that will let lorries cross their shared borders after a single inspection, which officials said could cut waits at the busiest crossings from days to hours.',
    'Under the agreement, goods checked and sealed at the first border will not be opened again until they reach their destination, unless customs officers find that a seal has been broken.',
    'Hauliers have complained for years that lorries carrying fruit and vegetables spoil while queuing at four or five crossings on the way to the coast.',
    'The pact still needs to be ratified by the five parliaments, and two of them are not due to sit again until the autumn, trade ministers said at the signing.',
    'A pilot on the main northern corridor is due to start in September with about 40 companies that already use electronic seals on their trailers.',
  ],
};

/** Forty headlines of our own, for the rails, grids and "Also Read" lines of this set. */
export const HEADS10 = [
  'Monsoon likely to reach the coast four days early, weather office says',
  'Two held for selling fake train tickets outside the central station',
  'Cricket board names a new selection panel after the series defeat',
  'Gold prices hit a record high ahead of the wedding season',
  'Actor’s birthday party draws crowds to a five-star hotel',
  'Power cuts of up to six hours hit villages in the western districts',
  'Mum’s fury as a parking fine arrives for a car she sold in 2019',
  'Pensioner wins a lottery jackpot with numbers from her old phone',
  'Soap star reveals the secret to her dramatic weight loss',
  'Seaside town named the cheapest place in Britain to buy a house',
  'Dog walker finds a Roman coin on the beach after a storm',
  'Pub landlord bans customers who talk about politics at the bar',
  'Senate passes a bill to raise the minimum wage for domestic workers',
  'Governor flags off 40 new buses for the state transport company',
  'Naira slips again against the dollar at the parallel market',
  'Police arrest suspected kidnappers in a forest near the highway',
  'Super Eagles coach names a squad of 23 for the qualifiers',
  'Flooding cuts off three communities after a river burst its banks',
  'Lawmakers seek a probe into the sale of a state-owned hotel',
  'Rice farmers protest over the late payment of subsidies',
  'Jeepney drivers hold a transport strike over the fuel price increase',
  'Senator files a bill to ban single-use plastic straws',
  'Police seize shabu worth 13 million pesos in a buy-bust operation',
  'Teacher walks four hours every day to reach a mountain school',
  'Typhoon survivors still living in tents a year after the storm',
  'Central bank keeps its policy rate unchanged for a third meeting',
  'Airline adds direct flights to two cities in the Middle East',
  'Oil prices climb as supply worries return',
  'Stocks edge higher in thin holiday trade',
  'Factory output shrinks for a second month as orders fall',
  'Chip maker to build a new plant in the south of the country',
  'Carmaker recalls 120,000 vehicles over faulty airbags',
  'Heatwave forces schools to shorten their day in the capital',
  'Bride calls off her wedding after the groom fails a maths test',
  'Singer’s concert cancelled after fans storm the stage',
  'Village celebrates as its first girl becomes a doctor',
  'New rules for taxi apps will cap the surge charge at twice the fare',
  'Vegetable prices soar after unseasonal rain damages crops',
  'Students protest against a sudden rise in hostel fees',
  'Minister inaugurates a bridge built in record time',
];
export const H10 = (i: number): string => HEADS10[i % HEADS10.length] ?? '';

/** Story with one more paragraph of its own (a credit or a closing line the story keeps). */
export const plus10 = (s: Story, ...lines: string[]): Story => ({ ...s, paras: [...s.paras, ...lines] });
