// Stories for the seventh red-team set (redteam7-pages*.ts): new texts of our own, none shared with the other
// fixture sets. Longer than the earlier sets' (six to eight paragraphs) so that rails, teasers and ad slots can sit
// between paragraphs well inside the body, as they do on real pages.
import type { Story } from './chrome-stories.js';

export const FERRY: Story = {
  slug: 'island-ferry-subsidy-vote',
  title: 'County keeps the island ferry running after a late budget deal',
  byline: 'Marisol Otero',
  section: 'Local',
  paras: [
    'The county board voted five to two on Tuesday night to keep paying for the morning and evening ferry runs to Heron Island, ending a month in which the service looked likely to stop at the end of the year.',
    'Under the deal, the county will cover about two thirds of the operating loss for another three years, and the island’s water district has agreed to pay the rest out of a reserve it had set aside for a new pier.',
    'About 340 people live on the island all year, and for most of them the ferry is the only way to reach the mainland clinic, the high school and the grocery stores in Port Alder.',
    'Supervisor Denise Falk, who voted against the deal, said the county could not keep paying for a route that carries fewer than ninety passengers on an average weekday and asked staff to study a smaller boat.',
    'Island residents filled the meeting room and an overflow hall, and several said they had already begun looking for homes on the mainland because of the uncertainty over the last month.',
    'The ferry operator said it would keep the current timetable through the winter and publish a new one in March, once the smaller-boat study is finished.',
  ],
};

export const GRIDFIX: Story = {
  slug: 'substation-repairs-race-winter',
  title: 'Crews race to rebuild damaged substations before the heating season',
  byline: 'Iryna Bondar',
  section: 'World',
  paras: [
    'Repair crews in central Ukraine are working in shifts around the clock to rebuild three high-voltage substations hit by missiles in the spring, the national grid operator said on Monday.',
    'The operator said two of the three sites would be back in service by the middle of October, but the largest, near the city of Kremenchuk, would need transformers that are still being built abroad.',
    'Engineers have surrounded the new equipment with concrete and sandbag walls, a method the operator says saved two other substations from serious damage during strikes last winter.',
    'Officials warned that scheduled power cuts could return in November if attacks on generating plants resume, and asked households to install battery systems where they could afford them.',
    'A government programme that pays part of the cost of solar panels for schools and hospitals has so far paid out for about 1,200 buildings, according to the energy ministry.',
    'The European Union and several member governments have pledged further equipment, and the first of the donated transformers arrived by rail from Poland last week.',
  ],
};

export const CLINIC: Story = {
  slug: 'rural-clinic-night-shifts',
  title: 'Rural clinics turn to travelling nurses as night shifts go unfilled',
  byline: 'Owen Pritchard',
  section: 'Health',
  paras: [
    'Five of the seven clinics in the northern health district now rely on nurses hired through agencies for at least half of their night shifts, according to figures released by the district on Thursday.',
    'The district spent 4.1 million on agency staff in the last financial year, almost three times what it spent four years ago, and its managers say the cost is now the largest single pressure on the budget.',
    'Nurses who work for the district say the shortage has fed on itself: with fewer permanent staff, those who remain take more night shifts, and more of them leave for the cities.',
    'The district’s chief executive said it would offer housing near the clinics and a bonus for nurses who sign on for two years, and would ask the state for money to train local students.',
    'A union representative welcomed the housing offer but said the bonus was smaller than the ones paid by neighbouring districts and would not be enough to bring people back.',
    'The district board will vote on the plan next month, and the clinics will keep using agency nurses in the meantime.',
  ],
};

export const RIVER: Story = {
  slug: 'long-read-how-a-river-came-back',
  title: 'How a river that was buried under a car park came back to the surface',
  byline: 'Helen Achterberg',
  section: 'Features',
  paras: [
    'For sixty years the Lissen ran through a concrete pipe under the market square, and most people in the town had no idea there was a river beneath their feet.',
    'The idea of opening it again began with a schoolteacher, who found an old map of the town in the library and asked her class to draw where the water went.',
    'When the council first costed the work in 2015, the estimate was more than twice what the town spent on roads in a year, and the plan was shelved within a month.',
    'What changed the sums was flooding: two summer storms in three years sent water up through the drains and into the shops on the square, and the pipe was found to be cracking.',
    'Engineers eventually proposed a shallow open channel with stepped banks, planted with reeds and wide enough to hold the water of a storm that might come once a century.',
    'Building took eighteen months, and the traders on the square, who had been the loudest critics, lost most of a year of business while the square was fenced off.',
    'Two years on, the council counts more visitors on market days than before the works, and the water authority has found trout in the channel for the first time in living memory.',
    'Other towns have since asked for the plans, though the engineers warn that few buried rivers run as close to the surface as the Lissen did.',
  ],
};
