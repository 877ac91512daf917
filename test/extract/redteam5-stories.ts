// Stories for the fifth red-team set (redteam5-pages*.ts): new texts of our own, none shared with the other
// fixture sets. Local news of the kind the chains and the nonprofit newsrooms print (a school board vote, a water
// main, a library levy, a county fair, a zoning fight told as a newsletter), and Ukraine's NATO bid told by an
// English wire, a syndication portal and by Ukrainian, Polish, German and French sites.
import type { Story } from './chrome-stories.js';

export const SCHOOLVOTE: Story = {
  slug: 'school-board-approves-later-start-times',
  title: 'School board approves later start times for the two high schools',
  byline: 'Renata Szymczak',
  section: 'Local',
  paras: [
    'The Harlan County school board voted five to two on Tuesday night to push back the first bell at both high schools by forty minutes from next August, ending a debate that has run for almost two years.',
    'Supporters on the board pointed to a survey of nine hundred students in which most said they slept fewer than seven hours on school nights, and to the advice of the district’s own nurses.',
    'The two members who voted against said the change would squeeze after-school jobs and sports practice, and that the bus contractor had not yet confirmed it could run the new routes at the same cost.',
    'Superintendent Alma Brandvold said the district would publish the new bus schedule in the spring and that elementary schools would keep their current hours for at least another year.',
    'Several parents who spoke during public comment asked the board to review the decision after one semester, and the board agreed to hear a report on attendance and grades next December.',
  ],
};

export const WATERMAIN: Story = {
  slug: 'water-main-break-closes-elm-street',
  title: 'Water main break floods Elm Street, leaves two hundred homes without service',
  byline: 'Desmond Achterberg',
  section: 'News',
  paras: [
    'A cast-iron water main laid in 1958 split open beneath Elm Street early Thursday, flooding four blocks and cutting service to about two hundred homes on the east side of the city.',
    'Utility crews shut the valves shortly before six in the morning and said the pipe, which carries water from the north reservoir, had cracked along a seam that had been patched twice before.',
    'The city opened the fire station on Cooper Avenue as a place for residents to fill containers with drinking water, and asked people nearby to boil tap water until tests come back clean.',
    'Public works director Lucinda Ferro said the repair would take at least two days because the break sits next to a gas line, which means crews have to dig by hand around the damaged section.',
    'The council approved a plan last year to replace eleven miles of the oldest mains over a decade, but the Elm Street segment was not scheduled for work until 2029.',
  ],
};

export const LEVY: Story = {
  slug: 'library-levy-heads-to-ballot',
  title: 'Library levy heads to the November ballot after branch hours were cut',
  byline: 'Tomasina Okafor-Reyes',
  section: 'Civic life',
  paras: [
    'Voters in Pell County will decide in November whether to approve a property tax levy for the public library system, which cut hours at five of its seven branches this spring after state funding fell.',
    'The levy would cost the owner of a median-priced home about forty dollars a year and would restore evening hours, reopen the bookmobile route and pay for repairs to the roof of the main library.',
    'Library director Hamid Osterloh told the county commission that visits to the branches had risen every year since 2021 even as the budget shrank, and that waiting lists for computer time were now common.',
    'A taxpayers’ group that opposed a similar levy six years ago said it had not yet taken a position, but its chair said the library should first sell an empty building it owns downtown.',
    'If the measure fails, the library board has said it will close two rural branches by the end of next year and move their collections to the main building in the county seat.',
  ],
};

export const FAIR: Story = {
  slug: 'county-fair-returns-to-old-grounds',
  title: 'County fair returns to its old grounds after a three-year move',
  byline: 'Gus Pennywhistle',
  section: 'Community',
  paras: [
    'The Linden Valley county fair will return to its original grounds by the river this summer after three years at the speedway, the fair board said at its meeting on Monday.',
    'Board members said the old livestock barns had been rebuilt with a state grant after the flood of 2023 and would be ready for the youth animal shows that open the fair on the first Wednesday of August.',
    'Vendors had complained that crowds at the speedway were smaller because the site could only be reached from the highway, while the river grounds sit within walking distance of two neighbourhoods.',
    'The board expects about forty thousand visitors over six days and plans to add a second entrance on Maple Road to shorten the lines that formed at the main gate on opening night in past years.',
    'Parking will again cost five dollars a car, and the board said proceeds would go toward a new roof for the exhibition hall, which has leaked during every summer storm for as long as anyone can remember.',
  ],
};

export const NATOBID: Story = {
  slug: 'ukraine-nato-bid-summit-language',
  title: 'Allies split over wording on Ukraine’s NATO bid ahead of summit',
  byline: 'Ilse Vandermeulen',
  section: 'World',
  paras: [
    'Diplomats from NATO’s member states remained divided on Thursday over how the alliance’s summit statement should describe Ukraine’s path to membership, according to three officials involved in the drafting.',
    'Several eastern members want the text to call Ukraine’s future in the alliance irreversible and to set out steps toward an invitation, while other capitals prefer to repeat the language agreed last year.',
    'Ukraine’s foreign minister told reporters in Kyiv that his government did not expect an invitation this year but wanted a clear statement that the door would not be closed in any negotiation with Russia.',
    'Officials said the disagreement was as much about timing as substance, with some governments reluctant to commit to anything before elections at home and before the outcome of ceasefire talks is known.',
    'The drafting group is due to meet again on Monday, and ambassadors are expected to settle the final wording only in the days before leaders gather in the Dutch capital next month.',
  ],
};

export const UKR: Story = {
  slug: 'ukraina-nato-samit',
  title: 'Союзники не дійшли згоди щодо формулювань про членство України в НАТО',
  byline: 'Оксана Гребенюк',
  section: 'Politics',
  paras: [
    'Посли країн НАТО у четвер так і не погодили, як у підсумковій заяві саміту описати шлях України до членства в Альянсі, повідомили два джерела, знайомі з перебігом переговорів.',
    'Частина східних союзників наполягає, щоб у тексті йшлося про незворотний рух України до членства та про конкретні кроки до запрошення, тоді як інші столиці пропонують повторити торішні формулювання.',
    'Міністр закордонних справ заявив журналістам у Києві, що уряд не чекає запрошення цього року, але хоче чіткого сигналу, що двері Альянсу не зачинять у жодних переговорах з Росією.',
    'За словами дипломатів, суперечка стосується радше термінів, ніж змісту: кілька урядів не хочуть брати на себе зобов’язання до власних виборів і до завершення перемовин про припинення вогню.',
    'Робоча група збереться знову в понеділок, а остаточний текст посли, ймовірно, узгодять лише за кілька днів до того, як лідери зберуться в Гаазі наступного місяця.',
  ],
};

export const POL: Story = {
  slug: 'ukraina-nato-szczyt-spor',
  title: 'Sojusznicy spierają się o zapis w sprawie członkostwa Ukrainy w NATO',
  byline: 'Bartłomiej Wierzbicki',
  section: 'Świat',
  paras: [
    'Ambasadorowie państw NATO nie uzgodnili w czwartek, jak w deklaracji końcowej szczytu opisać drogę Ukrainy do członkostwa w sojuszu – przekazali dwaj dyplomaci znający przebieg rozmów.',
    'Polska i państwa bałtyckie chcą, by w tekście znalazło się słowo o nieodwracalności tej drogi oraz lista kroków prowadzących do zaproszenia, ale część stolic woli powtórzyć ubiegłoroczne sformułowania.',
    'Minister spraw zagranicznych Ukrainy powiedział dziennikarzom w Kijowie, że jego rząd nie spodziewa się zaproszenia w tym roku, lecz oczekuje jasnej deklaracji, że drzwi sojuszu pozostaną otwarte.',
    'Według rozmówców spór dotyczy bardziej terminów niż treści, bo kilka rządów nie chce składać zobowiązań przed wyborami i przed zakończeniem rozmów o zawieszeniu broni.',
    'Grupa robocza zbierze się ponownie w poniedziałek, a ostateczny tekst ambasadorowie mają przyjąć dopiero na kilka dni przed spotkaniem przywódców w Hadze.',
  ],
};

export const DEU: Story = {
  slug: 'nato-gipfel-streit-ukraine-beitritt',
  title: 'Streit unter Verbündeten über Formulierung zum NATO-Beitritt der Ukraine',
  byline: 'Friederike Hallmann',
  section: 'Politik',
  paras: [
    'Die Botschafter der NATO-Staaten haben sich am Donnerstag nicht darauf einigen können, wie die Gipfelerklärung den Weg der Ukraine in das Bündnis beschreiben soll, wie zwei mit den Gesprächen vertraute Diplomaten berichteten.',
    'Mehrere östliche Mitglieder wollen festschreiben, dass der Weg der Ukraine unumkehrbar ist, und konkrete Schritte bis zu einer Einladung nennen, während andere Hauptstädte die Formulierung des Vorjahres wiederholen möchten.',
    'Der ukrainische Außenminister sagte in Kiew, seine Regierung rechne in diesem Jahr nicht mit einer Einladung, erwarte aber ein klares Signal, dass die Tür des Bündnisses in keinen Verhandlungen geschlossen werde.',
    'Nach Angaben der Diplomaten geht es weniger um den Inhalt als um den Zeitpunkt, weil einige Regierungen vor eigenen Wahlen und vor dem Ende der Gespräche über eine Waffenruhe keine Zusagen machen wollen.',
    'Die Arbeitsgruppe kommt am Montag erneut zusammen; den endgültigen Text wollen die Botschafter erst wenige Tage vor dem Treffen der Staats- und Regierungschefs in Den Haag beschließen.',
  ],
};

export const FRA: Story = {
  slug: 'otan-sommet-desaccord-ukraine',
  title: 'Les alliés divisés sur la formulation de l’adhésion de l’Ukraine à l’OTAN',
  byline: 'Sixtine Marchadier',
  section: 'International',
  paras: [
    'Les ambassadeurs des pays de l’OTAN ne sont pas parvenus jeudi à s’entendre sur la manière dont la déclaration du sommet décrira le chemin de l’Ukraine vers l’Alliance, selon deux diplomates proches des discussions.',
    'Plusieurs membres de l’Est souhaitent que le texte qualifie ce chemin d’irréversible et énumère les étapes menant à une invitation, tandis que d’autres capitales préfèrent reprendre la formule adoptée l’an dernier.',
    'Le ministre ukrainien des affaires étrangères a déclaré à Kiev que son gouvernement n’attendait pas d’invitation cette année, mais qu’il voulait un signal clair que la porte ne serait fermée dans aucune négociation.',
    'D’après ces diplomates, le désaccord porte davantage sur le calendrier que sur le fond, certains gouvernements refusant de s’engager avant leurs propres élections et avant l’issue des pourparlers de cessez-le-feu.',
    'Le groupe de rédaction se réunira de nouveau lundi, et les ambassadeurs ne devraient arrêter le texte définitif que quelques jours avant la réunion des dirigeants à La Haye le mois prochain.',
  ],
};

export const ZONING: Story = {
  slug: 'the-duplex-fight-on-orchard-hill',
  title: 'The duplex fight on Orchard Hill, and what it says about our town',
  byline: 'Wendeline Prochaska',
  section: 'Newsletter',
  paras: [
    'For three months the planning commission has been arguing about whether homeowners on Orchard Hill may turn a single-family house into a duplex, and on Wednesday the argument finally came to a vote.',
    'The proposal itself is modest: it would allow one extra unit on lots larger than a quarter acre, as long as the owner lives on the property and provides two parking spaces off the street.',
    'Opponents filled the council chamber with signs about traffic and the character of the neighbourhood, while supporters were mostly younger residents who said they grew up in town and cannot afford to stay.',
    'The commission voted four to three to send the change to the council with a recommendation to approve, after adding a rule that the extra unit may not be rented for stays shorter than thirty days.',
    'I have covered this town’s housing debates for eleven years, and this is the first time I have seen the commission side with the renters in the room rather than with the people who already own homes.',
  ],
};
