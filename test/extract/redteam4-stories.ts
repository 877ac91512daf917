// Stories for the fourth red-team set (redteam4-pages*.ts): new texts of our own, none shared with the other
// fixture sets, in the register of the big international news publishers: a rail tunnel inspection, a monsoon
// delay, a toolmaker's results, a teachers' strike vote, a desalination plant, a rate decision, a city budget
// column, a vote count told as a live blog, a lantern festival told in pictures and a celebrity charity run.
import type { Story } from './chrome-stories.js';

export const TUNNEL: Story = {
  slug: 'rail-tunnel-closed-for-inspection',
  title: 'Rail tunnel under the estuary to close for six weeks of inspections',
  byline: 'Harriet Oyelaran',
  section: 'England',
  paras: [
    'The rail tunnel beneath the estuary will close to all trains for six weeks from March while engineers inspect brickwork that has not been examined in detail for almost thirty years.',
    'Network managers said a survey last winter found water seeping through the lining in two places, and that a full inspection could only be done safely with the line shut.',
    'Passengers between the two towns will be moved onto replacement coaches, which the operator warned could add up to fifty minutes to a journey at the busiest times of the morning.',
    'Local councillors said they accepted the work was necessary but criticised the timing, which overlaps with school examinations and the start of the sailing season on the north bank.',
    'The operator said it would publish a revised timetable next month and that season ticket holders would be offered a partial refund for every week the tunnel stays closed.',
  ],
};

export const MONSOON: Story = {
  slug: 'late-monsoon-delays-paddy-sowing',
  title: 'Late monsoon delays paddy sowing across three eastern states',
  byline: 'Ananya Raghunathan',
  section: 'India',
  paras: [
    'Paddy sowing in three eastern states has fallen nearly a fifth behind last year after the monsoon arrived eleven days late, according to figures released by the agriculture ministry on Friday.',
    'Farmers in the river districts said nurseries were ready in early June but transplanting could not begin because the fields stayed dry and canal water was reserved for drinking supplies.',
    'Officials said the shortfall could still be made up if rainfall is normal through July, and advised growers to switch to shorter-duration varieties that can be harvested before the winter crop.',
    'The state governments have announced a subsidy on diesel for irrigation pumps, although farmer unions called the amount too small to cover the cost of running pumps for several weeks.',
    'Economists cautioned that a poor harvest would push up food prices in the autumn, when rice stocks held by the central pool are already lower than they were two years ago.',
  ],
};

export const TOOLMAKER: Story = {
  slug: 'chip-toolmaker-quarterly-results',
  title: 'Chip toolmaker lifts forecast as orders from memory makers recover',
  byline: 'Daniel Westergaard',
  section: 'Markets',
  paras: [
    'A maker of chip manufacturing equipment raised its full-year revenue forecast on Wednesday after orders from memory producers rose for a second straight quarter, sending its shares higher in early trading.',
    'The company said bookings reached a record in the three months to June, led by etching and deposition machines, while demand from makers of logic chips for cars and factories stayed weak.',
    'Its finance chief told analysts that export licences for two customers were still pending and that the forecast assumed neither shipment would be allowed before the end of the year.',
    'Gross margin narrowed slightly because of higher spending on service engineers, the company said, adding that it expected margins to widen again once a new plant in the south reaches full output.',
    'Analysts said the results suggested the slump in memory prices had ended, although several warned that orders could fall again if smartphone sales failed to pick up in the second half.',
  ],
};

export const TEACHERS: Story = {
  slug: 'teachers-vote-on-strike',
  title: 'Teachers to vote on strike after pay talks collapse',
  byline: 'Marcus Feldhaus',
  section: 'World',
  paras: [
    'The country’s largest teachers’ union will ballot its members on strike action after talks with the education ministry broke down late on Tuesday without an agreement on pay for next year.',
    'The union is seeking a rise in line with inflation and smaller classes in primary schools, while the ministry has offered a three percent increase spread over eighteen months.',
    'A ballot will open on Monday and run for four weeks, the union said in a statement, adding that any strike would not begin before the end of the current school term.',
    'The education minister said the offer was the most the budget could afford and urged union leaders to return to talks, saying parents should not pay the price for a dispute between adults.',
    'Teachers in the capital staged a one-day walkout in the spring, closing around a third of schools, and a larger stoppage would be the first national strike in the sector for twelve years.',
  ],
};

export const DESAL: Story = {
  slug: 'desalination-plant-approved',
  title: 'State approves desalination plant despite concerns over marine life',
  byline: 'Bronwyn Castellano',
  section: 'Environment',
  paras: [
    'The state government has approved a desalination plant on the southern coast that would supply a quarter of the capital’s drinking water by the end of the decade, ending a two-year planning fight.',
    'Conservation groups had argued that the outflow of salty water would harm seagrass beds and a breeding ground for cuttlefish, and say they are considering a challenge in the land court.',
    'The water minister said conditions attached to the approval require the outflow to be spread through a long pipe with hundreds of small openings, and that monitoring results would be published monthly.',
    'The plant will run on power bought from wind farms under a long-term contract, the utility said, answering criticism that desalination uses far more energy than pumping water from dams.',
    'Construction is due to begin next autumn and employ about six hundred people, with the first water expected to reach households three years after the ground is broken.',
  ],
};

export const RATES: Story = {
  slug: 'central-bank-holds-rates',
  title: 'Central bank holds rates and signals cuts are further away',
  byline: 'Eleanor Whitcombe',
  section: 'Economics',
  paras: [
    'The central bank left its main interest rate unchanged on Thursday and signalled that cuts were further away than investors had expected, citing stubborn price rises in the services sector.',
    'Seven of the nine members of the rate-setting committee voted to hold, while two favoured a quarter-point reduction, the same split as at the previous meeting in the spring.',
    'The bank’s new forecasts show inflation returning to its target only in the second half of next year, six months later than it projected in February, because wage growth has stayed high.',
    'Government bond yields rose after the announcement and the currency strengthened against the dollar, as traders pushed back their bets on the first cut from September to December.',
    'Business groups said the decision would add to pressure on small firms refinancing loans taken out when rates were close to zero, and called on the bank to explain its thinking more clearly.',
  ],
};

export const BUDGETCOL: Story = {
  slug: 'the-city-budget-hides-its-hardest-choice',
  title: 'The city’s budget hides its hardest choice in a footnote',
  byline: 'Rosalind Achebe-Marr',
  section: 'Opinion',
  paras: [
    'Every spring the city publishes a budget that runs to four hundred pages, and every spring almost nobody reads past the summary, which is exactly what the people who write it are counting on.',
    'This year the most important sentence sits in a footnote on page two hundred and twelve: the bus subsidy will be frozen for three years, which after inflation means it will shrink by about a tenth.',
    'Nobody on the council has argued for cutting buses in public, and nobody will have to, because a freeze looks like standing still even when it means routes disappearing one timetable at a time.',
    'There are good arguments for spending the money elsewhere, on housing repairs or on the libraries that have been closing on Mondays, and the council should make those arguments out loud.',
    'What it should not do is let a choice this large pass without a vote of its own, because the people who rely on the night buses are the least likely to be reading footnotes at all.',
  ],
};

export const COUNT: Story = {
  slug: 'regional-election-count-live',
  title: 'Regional election count: results from the coastal districts',
  byline: 'Tomasz Lindqvist and Priya Venkataraman',
  section: 'Politics',
  paras: [
    'Counting has begun in the coastal districts, where turnout was reported at just over sixty percent, several points higher than at the last regional election four years ago.',
    'The first result has been declared in the harbour ward, where the sitting councillor held her seat with a slightly reduced majority after a recount of postal votes was requested and refused.',
    'Officials in the northern district say a fault with a scanning machine has delayed their count by about two hours, and that ballots are now being sorted by hand in the sports hall.',
    'The opposition leader arrived at the count shortly after midnight and told reporters she was cautiously optimistic about the three seats her party needs to take control of the assembly.',
    'With two thirds of wards declared, neither of the main parties can yet form a majority alone, and both have said they will speak to the independent members before the end of the week.',
  ],
};

export const LANTERNS: Story = {
  slug: 'lantern-festival-in-pictures',
  title: 'In pictures: thousands fill the old town for the lantern festival',
  byline: 'Kenji Abernathy-Sato',
  section: 'In Pictures',
  paras: [
    'Thousands of people filled the narrow streets of the old town on Saturday night for the lantern festival, which returned to its traditional route along the river for the first time in five years.',
    'Volunteers spent three months building the largest lanterns, including a paper dragon more than twenty metres long that needed forty people to carry it across the stone bridge.',
    'Smaller lanterns made by schoolchildren lined the riverbank, each painted with a wish for the coming year, and were collected at the end of the night to be displayed in the town library.',
    'Organisers said the crowd was the largest they had seen, and that extra trains had been laid on to take visitors home after the final procession ended shortly before midnight.',
    'The festival committee has already begun planning next year’s event and is asking residents to donate old bicycle wheels, which are used to build the frames of the turning lanterns.',
  ],
};

export const CHARITYRUN: Story = {
  slug: 'soap-star-finishes-charity-run',
  title: 'Soap star finishes a hundred-mile charity run for the hospice that cared for her father',
  byline: 'Gemma Stallworth',
  section: 'Showbiz',
  paras: [
    'A television actress best known for twelve years on a long-running soap has completed a hundred-mile run over four days, raising money for the hospice that looked after her father last winter.',
    'She crossed the finish line outside the hospice gates on Sunday afternoon, where nurses and patients’ families had gathered with banners, and said afterwards that her feet had never hurt so much.',
    'The actress had trained for six months around filming, running before dawn on most days, and was joined for the final stretch by several of her former cast members and her two teenage sons.',
    'The hospice said the run had raised more than ninety thousand pounds so far, enough to pay for a year of night nursing for patients who choose to spend their final weeks at home.',
    'She told the crowd she had no plans to run that far again but would be back at the hospice next month to help with its summer fair, as she has done every year since her father died.',
  ],
};
