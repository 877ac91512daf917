// Stories of our own writing for the chrome pages (chrome-pages.ts): six unrelated topics, so that no rule
// can lean on one story's vocabulary. Every text here is ours.

export interface Story {
  slug: string;
  title: string;
  byline: string;
  section: string;
  paras: string[];
}

export const BRIDGE: Story = {
  slug: 'millbrook-bridge-closure',
  title: 'County closes Millbrook Bridge for eight months of deck repairs',
  byline: 'Priya Nandakumar',
  section: 'Local',
  paras: [
    'The county will close the Millbrook Bridge to all traffic from the first of March while crews replace its concrete deck, the highways department said on Monday.',
    'Inspectors found last autumn that water had seeped through cracks in the surface and corroded the steel reinforcement underneath, leaving two of the four spans rated as poor.',
    'Drivers will be sent along a signed detour through Eastfield and the ring road, which the department estimates will add between ten and fifteen minutes to a crossing at rush hour.',
    'Pedestrians and cyclists will be able to use a temporary walkway on the downstream side for most of the works, except for three weekends when the old deck is lifted out by crane.',
    'Shop owners on Bridge Street said they feared losing passing trade. The county has promised signs directing visitors to the street and free parking on the old market site.',
    'The repairs are expected to cost 6.2 million and are being paid for from the state bridge fund, with the county adding about a tenth of the total from its own road budget.',
  ],
};

export const BREAKFAST: Story = {
  slug: 'lakeside-free-breakfast',
  title: 'Lakeside schools extend free breakfast to every pupil',
  byline: 'Owen Castellanos',
  section: 'Education',
  paras: [
    'Every pupil in the Lakeside school district will be able to get a free breakfast from September, after the school board approved the plan by a unanimous vote on Thursday night.',
    'Until now the morning meal was offered only to children whose families qualified for reduced lunch prices, and staff said many eligible pupils skipped it to avoid being singled out.',
    'The district will serve breakfast in classrooms during the first fifteen minutes of the day rather than in the cafeteria before the bell, which teachers say reaches pupils who arrive by bus.',
    'A pilot at two elementary schools last spring raised the number of children eating breakfast from about a third to more than four in five, according to figures presented to the board.',
    'The superintendent said the cost, roughly 410,000 a year, would be covered mostly by federal meal reimbursements, with the remainder taken from the food service reserve.',
  ],
};

export const COD: Story = {
  slug: 'inshore-fleet-cod-quota-delay',
  title: 'Inshore fleet wins a delay to the new cod quota',
  byline: 'Tomas Reyes',
  section: 'Business',
  paras: [
    'Small boats fishing within six miles of the coast will have another year before a lower cod quota takes effect, the fisheries ministry announced on Wednesday after weeks of protests in the harbours.',
    'The new limit, which cuts the inshore catch by nearly a fifth, had been due to start in January. Skippers said it would leave many family boats unable to cover fuel and insurance.',
    'Scientists at the marine institute have warned that the spawning stock in the northern grounds is at its lowest level in twenty years, and that every season of delay makes recovery slower.',
    'Under the compromise, the inshore fleet will log every landing electronically from the spring and will close two spawning areas for six weeks each year while the stock is studied.',
    'The harbour association welcomed the delay but said the government still had to explain how a boat under ten metres could carry the tracking equipment that the rules require.',
    'Larger trawlers working offshore will move to the lower quota on schedule, a decision their industry group called unfair and said it would challenge before the fisheries tribunal.',
  ],
};

export const GRID: Story = {
  slug: 'grid-operator-heat-wave-appeal',
  title: 'Grid operator asks households to cut evening use as heat wave builds',
  byline: 'Dana Whitfield',
  section: 'Climate',
  paras: [
    'The regional grid operator asked households on Sunday to run dishwashers, washing machines and electric car chargers after nine at night as temperatures are forecast to pass 40 degrees this week.',
    'Demand for electricity peaks in the early evening, when air conditioners are still running hard and solar output falls away as the sun sets, leaving the grid short of spare capacity.',
    'Two gas plants in the south are offline for maintenance that was planned before the forecast changed, and a transmission line from the hydro dams is running below its usual limit because of the heat.',
    'Officials said rolling outages were unlikely if customers shifted even a small share of their use. Large factories have agreed to cut output between five and eight in exchange for payments.',
    'Cooling centres will open in libraries and community halls in eleven towns, and the health department urged people to check on elderly neighbours who live alone.',
  ],
};

export const TREASURER: Story = {
  slug: 'former-treasurer-cleared-fraud',
  title: 'Jury clears former council treasurer of fraud charges',
  byline: 'Miriam Osei',
  section: 'Courts',
  paras: [
    'A jury on Friday found the former treasurer of Harwick town council not guilty of fraud and false accounting, ending a trial that lasted five weeks and heard from more than thirty witnesses.',
    'Prosecutors had alleged that he moved 230,000 from a reserve fund to cover overspending on the new leisure centre and hid the transfers by recording them as loans to the parks budget.',
    'His lawyers argued that the transfers were approved at meetings of the finance committee, pointing to minutes that recorded the decisions even though the votes were never published.',
    'The jury deliberated for about seven hours before returning its verdicts on all four counts. The former treasurer, who is 61, wept in the dock and embraced his daughter outside the court.',
    'The council said it would review how its committees record decisions and had already moved the publication of all minutes online within ten working days of each meeting.',
  ],
};

export const SIGNAL: Story = {
  slug: 'railway-museum-signal-box-reopens',
  title: 'Railway museum reopens its restored signal box to visitors',
  byline: 'Hal Brennan',
  section: 'Culture',
  paras: [
    'Visitors to the Norrington railway museum will be able to climb into a working Victorian signal box again from Saturday, after volunteers spent four years restoring it lever by lever.',
    'The box controlled the junction outside the old station until 1987, when signalling on the line was moved to a regional control centre and the building was left to decay.',
    'Volunteers rebuilt the timber frame, replaced rotten floorboards and cleaned each of the forty-two levers, several of which had to be recast from drawings held in the county archive.',
    'Retired signallers have recorded their memories of working the box, and the recordings will play on a loop in the room below while visitors take turns pulling the levers upstairs.',
    'The museum hopes the signal box will draw school groups in the autumn term and has set aside two mornings a week for classes, with worksheets written by a local history teacher.',
  ],
};

export const STORIES = [BRIDGE, BREAKFAST, COD, GRID, TREASURER, SIGNAL];
