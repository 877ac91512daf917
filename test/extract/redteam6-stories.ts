// Stories for the sixth red-team set (redteam6-pages*.ts): new texts of our own, none shared with the other
// fixture sets. Ukraine's NATO bid as a Kyiv-based English site, a state news agency, an international
// broadcaster, a Brussels politics site, a think tank, an alliance's press office and a presidential office would
// tell it, and other news of the kind UK regional, Canadian, Australian and Asian English-language papers print.
import type { Story } from './chrome-stories.js';

export const KYIVBID: Story = {
  slug: 'sybiha-membership-roadmap-before-summit',
  title: 'Kyiv asks allies for a written roadmap to membership before the summit',
  byline: 'Oksana Hrytsenko',
  section: 'Politics',
  paras: [
    'Ukraine’s foreign ministry sent allied capitals a six-page paper this week setting out the steps it wants the alliance to name on the road to membership, two officials familiar with the document said.',
    'The paper asks for a timetable of reforms to be reviewed each year, regular meetings of the joint council at the level of ministers, and a promise that no ceasefire deal would be allowed to limit Kyiv’s choice of alliances.',
    'A senior ministry official said the government had stopped expecting a formal invitation this year but would not accept a statement that merely repeated what leaders agreed two summits ago.',
    'Diplomats in Kyiv said the Baltic states, Poland and the Nordic members had welcomed the paper, while at least three western European governments had replied that a timetable would only invite pressure from Moscow.',
    'Parliament’s foreign affairs committee is due to hear the minister on Thursday, and several deputies have said they will ask why the paper was shown to allies before it was shown to them.',
  ],
};

export const AGENCYBID: Story = {
  slug: 'president-meets-alliance-ambassadors',
  title: 'President meets ambassadors of alliance members to discuss summit preparations',
  byline: 'Taras Demchuk',
  section: 'Politics',
  paras: [
    'The President of Ukraine met ambassadors of the alliance’s member states in Kyiv on Tuesday to discuss preparations for next month’s summit and the country’s membership prospects, his office reported.',
    'According to the office, the President thanked the ambassadors for the air defence systems delivered since the spring and said that the summit should send a clear political signal about Ukraine’s future.',
    'He stressed that security guarantees for the period before accession could not replace membership itself and that Ukraine was ready to complete the reforms listed in the annual national programme.',
    'The head of the presidential office, the foreign minister and the defence minister also took part in the meeting, which lasted about two hours and was closed to the press.',
    'Earlier on Tuesday, the President held a phone call with the prime minister of Norway, who confirmed a new package of support for the repair of the energy system before winter.',
  ],
};

export const BROADCASTBID: Story = {
  slug: 'allies-weigh-invitation-wording',
  title: 'Allies weigh how far to go on Ukraine as summit nears',
  byline: 'Marguerite Lindqvist',
  section: 'Europe',
  paras: [
    'With less than a month before alliance leaders meet, their diplomats are still arguing over a single sentence: whether the summit declaration should say that Ukraine will be invited once conditions allow.',
    'Supporters of the stronger wording argue that vague promises have only encouraged Moscow to believe it can wait the West out, and that Kyiv has met most of the military conditions set two years ago.',
    'Opponents say an invitation requires the agreement of every member and that some governments face elections in which a promise of membership to a country at war would be used against them.',
    'Analysts in Berlin and Paris said a compromise was likely to describe the path as irreversible without naming a date, the same formula that was used after long nights of talks at the last two summits.',
    'Ukrainian officials, for their part, have lowered their public expectations and now speak mostly of air defence, long-term funding and the role of Ukrainian industry in allied weapons production.',
  ],
};

export const BRUSSELSBID: Story = {
  slug: 'eastern-capitals-push-accession-timetable',
  title: 'Eastern capitals push for an accession timetable as Western allies hedge',
  byline: 'Jakub Wierzbowski',
  section: 'Defense',
  paras: [
    'A group of eight eastern and northern allies has drawn up a joint letter urging the alliance to agree a timetable for Ukraine’s accession, according to a draft seen by this newsroom.',
    'The letter, circulated among ambassadors on Wednesday, argues that a membership perspective without dates has become a liability that the Kremlin reads as a sign of division.',
    'Officials from two of the largest western members said they would not sign, and one diplomat called the letter a well-meant attempt to win an argument that leaders had already settled.',
    'The European Commission has stayed out of the dispute, though a spokesperson noted that the bloc’s own accession talks with Kyiv are moving on a separate track with separate conditions.',
    'The letter’s authors hope to gather more signatures before the defence ministers meet next week, when the text of the summit declaration is expected to be all but finished.',
  ],
};

export const PIER: Story = {
  slug: 'seafront-pier-to-reopen-after-storm-repairs',
  title: 'Seafront pier to reopen in time for the summer after two years of storm repairs',
  byline: 'Gemma Thorneycroft',
  section: 'News',
  paras: [
    'The Victorian pier at Saltmarsh Bay will reopen to the public on the first weekend of July, two years after a winter storm tore away a forty-metre section of its decking.',
    'The council said the repairs had cost £3.8 million, most of it from a coastal heritage grant, and had been delayed by the need to source hardwood of the same kind used when the pier was built in 1889.',
    'Traders on the promenade said the closure had cut their takings by a third, and the owner of the amusement arcade at the landward end said he had kept his staff on only with help from a hardship fund.',
    'Councillor Priya Venkatesan, who leads on tourism, said the pier would open with a free concert and that fishing from the end of the deck would be allowed again once safety rails had been checked.',
    'Engineers will inspect the structure every spring from now on, and the council has asked the government for a further £1.2 million to strengthen the legs against future storms.',
  ],
};

export const ARENA: Story = {
  slug: 'council-approves-downtown-arena-deal',
  title: 'Council approves downtown arena deal after nine-hour debate',
  byline: 'Dylan Ashworth-Mbeki',
  section: 'Local News',
  paras: [
    'City council voted nine to four early Wednesday to approve a $640-million deal for a new downtown arena, ending a nine-hour meeting that drew more than sixty speakers.',
    'Under the agreement, the city will borrow $210 million for the building and the land around it, while the hockey club’s owners will pay for the rest and cover any cost overruns.',
    'Supporters on council said the arena would anchor a district of housing and shops on land that has been a surface parking lot for three decades.',
    'Critics said the city’s share would be repaid from property taxes in the district for thirty years, money that would otherwise go to transit, libraries and road repairs.',
    'Construction is expected to begin next spring, and the club has agreed to stay in the city for at least thirty-five years under a lease signed alongside the deal.',
  ],
};

export const RAILSTRIKE: Story = {
  slug: 'train-drivers-vote-for-rolling-stoppages',
  title: 'Train drivers vote for rolling stoppages as pay talks stall',
  byline: 'Bronwyn Callaghan',
  section: 'National',
  paras: [
    'Suburban train drivers have voted overwhelmingly for a series of rolling stoppages that could halt services across the city for four hours at a time from next week.',
    'The union said 91 per cent of members who took part in the ballot backed the action after eight months of talks with the state-owned operator over pay, rosters and the number of staff on each train.',
    'The transport minister said the government’s offer of a 12 per cent rise over three years was fair and urged the union to return to the table rather than disrupt commuters in the middle of winter.',
    'The operator said it would run replacement buses on the busiest lines during any stoppage but warned passengers to expect long queues and to work from home where they could.',
    'The industrial relations commission has scheduled a conciliation hearing for Monday, the first time the two sides will have met in a room since talks broke down last month.',
  ],
};

export const ASIAPARTNERS: Story = {
  slug: 'asian-partners-watch-summit-ukraine',
  title: 'Asian partners watch alliance summit for signals on Ukraine and beyond',
  byline: 'Wong Mei Ling',
  section: 'World',
  paras: [
    'Officials from the alliance’s four Asia-Pacific partners will attend next month’s summit as observers, and diplomats in the region say they will be watching closely what leaders decide about Ukraine.',
    'A retired ambassador said governments in the region read the handling of Kyiv’s membership bid as a test of how far Western security promises can be relied upon when a war drags on for years.',
    'Beijing has criticised the partners’ attendance at previous summits, saying the alliance should not extend its reach into Asia, and is expected to repeat the complaint this year.',
    'Several of the partners have sent non-lethal aid to Ukraine and one has supplied artillery shells through a third country, a step that was debated for months in its parliament.',
    'Analysts said the summit declaration was likely to mention the region only briefly, but that side meetings between partners and European defence ministers could matter more than the final text.',
  ],
};

export const SPEECH: Story = {
  slug: 'secretary-general-remarks-defence-ministers',
  title: 'Remarks by the Secretary General at the press conference after the meeting of defence ministers',
  byline: 'Press Office',
  section: 'Opinion',
  paras: [
    'Good afternoon. We have just finished two days of meetings in which defence ministers took the decisions that will shape our summit next month.',
    'First, ministers agreed new capability targets. They are the most ambitious in decades, and they mean more air defence, more long-range weapons and more forces ready to move at short notice.',
    'Second, we met with Ukraine’s defence minister. Allies have provided more than forty billion euros in security assistance this year alone, and ministers agreed to keep that support predictable into next year.',
    'Ukraine’s future is in our alliance. That has been said at every summit since the war began, and I expect leaders to say it again, with practical steps that bring Ukraine closer to us.',
    'Finally, ministers discussed the production of ammunition. Our industries are producing three times more than two years ago, but demand remains higher than supply, so we must do more.',
  ],
};

export const COMMENTARY: Story = {
  slug: 'what-an-invitation-would-really-change',
  title: 'What an invitation to Ukraine would really change, and what it would not',
  byline: 'Dr Halvard Einarsen',
  section: 'Commentary',
  paras: [
    'Much of the debate before the summit treats an invitation as if it were membership itself. It is not: an invitation opens accession talks and a ratification process that took Finland a year and Sweden almost two.',
    'What an invitation would change is the calculation in Moscow. A Russian leadership that believes the door is closed for good has every reason to wait, while one that expects Ukraine to join has reason to seek a deal sooner.',
    'What it would not change is the military balance on the ground. Article 5 would not apply until the last ratification, and no ally has offered to station combat troops in Ukraine before then.',
    'The risk most often raised is that an invitation would draw the alliance into the war. That risk is real but smaller than it looks, because the guarantee would only take effect after accession, and accession would require the consent of every parliament.',
    'Leaders would therefore do better to treat the invitation as a political tool with a long fuse, and to pair it with the long-term funding and air defence that Ukraine needs in the meantime.',
  ],
};

export const PRESIDENT: Story = {
  slug: 'president-holds-talks-with-nordic-delegation',
  title: 'The President held talks with a delegation of Nordic parliamentarians',
  byline: 'Press service of the Office of the President',
  section: 'News',
  paras: [
    'The President of Ukraine held a meeting with a delegation of members of parliament from Denmark, Finland, Iceland, Norway and Sweden, who arrived in Kyiv on a two-day visit.',
    'The Head of State thanked the Nordic countries for their consistent support and noted in particular the joint financing of artillery production in Ukraine under the so-called Danish model.',
    'The parties discussed the preparations for the alliance summit. The President stressed that Ukraine expects decisions that bring it closer to membership and that cannot be reversed by any negotiation.',
    'Particular attention was paid to the protection of energy facilities before the heating season and to the recovery of the cities of the Kharkiv region that suffered the most from shelling.',
    'The members of parliament assured the President that their national assemblies would continue to support Ukraine and would vote for the ratification of its accession as soon as that became possible.',
  ],
};
