// Stories of our own writing for the news-stack pages (stack-pages.ts): four topics unlike those of
// chrome-stories.ts, so no rule leans on either set's vocabulary. Every text here is ours.
import type { Story } from './chrome-stories.js';

export const FERRY: Story = {
  slug: 'island-ferry-winter-timetable',
  title: 'Island ferry to run two fewer crossings a day this winter',
  byline: 'Maren Holt',
  section: 'Transport',
  paras: [
    'The operator of the Skerry Island ferry will cut its winter service from six return crossings a day to four, starting in the second week of November, the company told island residents at a meeting on Tuesday.',
    'The company blamed a shortage of licensed deck officers and the rising price of marine diesel, which it said had gone up by almost a third since the timetable was last set.',
    'Residents who commute to the mainland said the earliest sailing, at ten past six, was the only one that let them reach work on time, and that losing it would force some families to move off the island.',
    'The operator said the first morning crossing would stay, but that the mid-morning and late evening sailings would be dropped until the end of March, when the summer timetable begins.',
    'The island council has asked the regional transport authority to review the contract, which requires at least five daily crossings outside of storms and named holidays.',
  ],
};

export const ORCHARD: Story = {
  slug: 'late-frost-apple-harvest',
  title: 'Late frost leaves valley orchards with half a normal apple crop',
  byline: 'Tobias Lindqvist',
  section: 'Business',
  paras: [
    'Apple growers across the upper valley expect to pick barely half of an ordinary harvest after two nights of hard frost in late April killed blossom that had opened early in a warm spring.',
    'Temperatures on the valley floor fell to minus four on both nights, growers said, and the wind machines that stir warmer air down into the rows could not keep up on the lower slopes.',
    'The cooperative that packs most of the fruit said it would keep all of its seasonal pickers on, though for fewer weeks, and would buy in apples from the coast to keep its juice line running.',
    'Growers with insurance expect payouts to cover part of the loss, but many smaller family orchards dropped their frost policies after several mild years in a row, a farm adviser said.',
    'Shoppers should not see much change in prices in the supermarkets, the cooperative said, because most dessert apples sold in the region already come from other growing areas.',
  ],
};

export const LIBRARY: Story = {
  slug: 'library-ends-late-fines',
  title: 'City libraries stop charging fines for late returns',
  byline: 'Adaeze Nwosu',
  section: 'City',
  paras: [
    'The city library service will stop charging fines on overdue books from the first of next month and will wipe out the late fees already owed by about eleven thousand card holders.',
    'Library managers told the culture committee that fines brought in less than the cost of chasing them, and that the threat of a bill kept many families from borrowing at all.',
    'Borrowers will still be asked to pay for a book they lose or damage, and an item kept more than six weeks past its return date will be marked as lost on the account.',
    'Branches that dropped fines in a trial last year saw the number of returned long-overdue books rise, staff said, as people who had stayed away for fear of the charge came back.',
    'The committee approved the change without a vote against. The library service expects to lose about forty thousand a year in income, which it will cover from its book budget.',
  ],
};

export const CLINIC: Story = {
  slug: 'rural-clinic-nurse-shortage',
  title: 'Rural clinic cuts opening days as it struggles to hire nurses',
  byline: 'Rafael Mendes',
  section: 'Health',
  paras: [
    'The only walk-in clinic in the Calder hills will open three days a week instead of five from next month because it has not been able to fill two nursing posts advertised since the spring.',
    'Patients who need care on the closed days will be directed to the hospital in Ashby, a drive of more than forty minutes from the furthest farms and villages the clinic serves.',
    'The health board said it had offered a housing allowance and a signing bonus, but that nurses were reluctant to move to an area with few rental homes and no secondary school nearby.',
    'Local doctors said the change would push more people with minor injuries and infections into the emergency department, where waits are already among the longest in the region.',
    'The board said it would review the decision in six months and hoped that two student nurses on placement at the clinic this year would stay on after they qualify.',
  ],
};
