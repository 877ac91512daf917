// Stories for the second red-team set (redteam2-pages*.ts): new texts of our own, none shared with the other
// fixture sets, on a brush fire, a transit grant, a school calendar, a chip plant, a town's benches, a recount,
// a hospital strike and a harbour dredging plan.
import type { Story } from './chrome-stories.js';

export const BRUSHFIRE: Story = {
  slug: 'crews-hold-brush-fire-above-reservoir',
  title: 'Crews hold brush fire above the reservoir after overnight evacuations',
  byline: 'Inés Calloway',
  section: 'Metro',
  paras: [
    'Firefighters stopped a brush fire a few hundred metres short of the Cedar Hollow reservoir on Saturday morning, hours after deputies went door to door ordering about 600 residents to leave.',
    'The fire started shortly before midnight in dry grass beside the old quarry road and was pushed uphill by gusts that the weather service measured at more than fifty kilometres an hour.',
    'Two helicopters dropped water scooped from the reservoir itself once the wind eased at dawn, and hand crews cut a line along the ridge that the flames did not cross after about six in the morning.',
    'The evacuation order was lifted for every street except Larkspur Lane, where a power line came down across the road and utility workers were still making it safe in the afternoon.',
    'No homes were lost, the fire district said, though a barn and two sheds burned on a horse farm at the bottom of the slope. The cause of the fire is under investigation.',
  ],
};

export const LIGHTRAIL: Story = {
  slug: 'light-rail-extension-wins-federal-grant',
  title: 'Light rail extension to the airport wins a federal grant',
  byline: 'Marcus Oyelaran',
  section: 'Transportation',
  paras: [
    'The regional transit authority has won a federal grant of 310 million dollars toward extending its light rail line from the convention centre to the airport, officials announced on Tuesday.',
    'The money covers a little under half of the projected cost of the 9.4 kilometre extension, which would add four stations and cut the trip from downtown to the terminals to about twenty minutes.',
    'The authority still needs the state legislature to approve its share of the local match, a vote that failed by two ballots last session after rural members objected to the price.',
    'Construction could begin in the spring of next year if the match is approved, with trains running by the end of the decade, the authority’s chief executive told reporters at the airport.',
    'Airline unions and the chamber of commerce backed the application. A group of residents near the planned maintenance yard has asked for a noise study before any digging starts.',
  ],
};

export const FOURDAY: Story = {
  slug: 'rural-district-adopts-four-day-school-week',
  title: 'Rural district adopts a four-day school week from the autumn',
  byline: 'Hollis Brandvold',
  section: 'Education',
  paras: [
    'Pupils in the Pine Ridge school district will attend classes four days a week from the autumn term, after the board voted five to two on Monday to drop Fridays from the calendar.',
    'The district will add forty minutes to each of the remaining days so that pupils spend the same number of hours in class over the year as the state requires, the superintendent said.',
    'Board members who supported the change said it would help the district keep teachers, who can earn several thousand dollars more a year in the city districts an hour’s drive away.',
    'Parents who spoke against the plan at the meeting said families with two working parents would struggle to find care on Fridays, and asked the board to open the schools for supervised activities.',
    'The board agreed to run a Friday programme at the two largest schools for a small fee, with free places for families who qualify for reduced-price meals, and to review the calendar after two years.',
  ],
};

export const CHIPPLANT: Story = {
  slug: 'chipmaker-delays-plant-as-orders-cool',
  title: 'Chipmaker delays its new plant by two years as orders cool',
  byline: 'Associated Wire Staff',
  section: 'Business',
  paras: [
    'Harlow Semiconductor said on Thursday that it would delay the opening of its new wafer plant in the Mid-Valley by at least two years, blaming weaker orders from carmakers and phone makers.',
    'The company had promised to start production at the site next year and to hire about 1,800 workers once the plant reached full output. It now expects the first wafers toward the end of the decade.',
    'Shares in the company fell more than six per cent in early trading after the announcement, which came alongside quarterly results that missed analysts’ forecasts for both revenue and profit.',
    'State officials, who offered tax breaks worth several hundred million dollars to win the project, said the agreement ties the incentives to hiring targets and that no money has yet been paid out.',
    'The chief executive said construction of the plant’s shell would continue on schedule so that equipment could be moved in quickly once demand returned.',
  ],
};

export const BENCHES: Story = {
  slug: 'volunteers-map-every-bench-in-the-old-town',
  title: 'I spent a summer mapping every bench in the old town',
  byline: 'Rosalind Achebe',
  section: 'Essays',
  paras: [
    'It began with my neighbour, who is eighty-four and walks to the bakery every morning, telling me she had to stop twice on the way and that there was nowhere left to sit since the square was redone.',
    'So in June a dozen of us set out with clipboards and a tape measure to record every public bench inside the old walls: where it stood, what it was made of, whether it had a back and arms, and whether it was in shade.',
    'We found 212 benches. Fewer than a third had arms to push up from, and on the steep streets north of the cathedral there was not a single one for almost half a kilometre.',
    'The map is now on the council’s website, and the parks department has agreed to put twelve new benches on the routes to the clinic and the market before the winter.',
    'My neighbour has already tried the first of them. She says it is too low, which is the next thing we are going to measure.',
  ],
};

export const RECOUNT: Story = {
  slug: 'recount-confirms-two-vote-margin-ward-seven',
  title: 'Recount confirms two-vote margin in the Ward 7 council race',
  byline: 'Talia Brennan-Osei',
  section: 'Politics',
  paras: [
    'A hand recount on Wednesday confirmed that Delphine Moreau won the Ward 7 council seat by two votes, ending a contest that had been too close to call for more than a week.',
    'Election staff counted every paper ballot again in front of observers from both campaigns over nine hours at the city warehouse. The recount changed the totals of each candidate by one vote.',
    'Her opponent, the two-term incumbent Gareth Llewellyn, conceded in a short statement and said he would not ask a court to review the result, though he questioned why three ballots had been set aside.',
    'The city clerk said the three ballots were rejected because the voters had marked both candidates, and that the recount panel had agreed unanimously on each of them.',
    'Moreau will be sworn in at the first council meeting of the new year. She has said her first priority is the long-delayed repair of the Ward 7 library.',
  ],
};

export const STRIKE: Story = {
  slug: 'nurses-at-st-brendans-begin-three-day-strike',
  title: 'Nurses at St Brendan’s begin a three-day strike over staffing',
  byline: 'Kofi Annandale',
  section: 'Health',
  paras: [
    'About 900 nurses at St Brendan’s Hospital walked out at seven on Monday morning at the start of a three-day strike over staffing levels on the medical and surgical wards.',
    'The nurses’ union says a single nurse is often left caring for eight or more patients on night shifts, and wants a limit of five written into the next contract.',
    'The hospital has brought in about 300 agency nurses to keep the wards open and has postponed most planned operations until Thursday. The emergency department is running as normal.',
    'Management said in a statement that it had offered to hire sixty more nurses over two years but could not agree to fixed ratios, which it said would force it to close beds in winter.',
    'Talks are due to resume on Friday with a state mediator. It is the first strike at the hospital since it opened in 1974.',
  ],
};

export const DREDGE: Story = {
  slug: 'harbour-board-backs-dredging-plan',
  title: 'Harbour board backs a plan to dredge the outer channel',
  byline: 'Siobhán Ferreira',
  section: 'Coast',
  paras: [
    'The harbour board voted on Thursday to dredge the outer channel to a depth of eleven metres, so that the larger container ships now calling at the port can enter at any state of the tide.',
    'Pilots have had to bring the biggest ships in only in the two hours either side of high water since last year, which the port says has cost it at least three regular services.',
    'Fishermen and a sailing club told the board that the dredged sand would cloud the water over the mussel beds in the bay, and asked for the spoil to be carried out to sea instead of dumped near the shore.',
    'The board agreed to move the dumping ground eight kilometres further out, which adds about four million to the cost, and to fund water testing over the beds for the three years of the works.',
    'The plan still needs a marine licence from the environment agency, which the port hopes to receive by the summer.',
  ],
};
