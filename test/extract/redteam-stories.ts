// Stories for the red-team set (redteam-pages.ts): new texts, none shared with the other fixture sets, on
// courts, weather, sport, business, local politics and transport, plus one German and one Spanish story.
import type { Story } from './chrome-stories.js';

export const RETRIAL: Story = {
  slug: 'appeals-court-orders-retrial-warehouse-fraud',
  title: 'Appeals court orders retrial in warehouse invoice fraud case',
  byline: 'Maren Okafor',
  section: 'Courts',
  paras: [
    'The state appeals court on Thursday threw out the fraud convictions of two former warehouse managers and ordered a new trial, finding that the trial judge had wrongly barred the defence from questioning a key auditor.',
    'The men were convicted last spring of billing a food distributor for storage space that never existed, a scheme prosecutors said ran for almost four years and cost the company about 1.2 million dollars.',
    'Writing for a unanimous three-judge panel, Judge Felicity Amadi said the jury had heard the auditor describe the invoices as forged without ever learning that he had once been disciplined for sloppy record keeping.',
    'The district attorney’s office said it was reviewing the ruling and had not decided whether to seek a rehearing before the full court or to try the case again before a new jury.',
    'Both men have been free on bail since their sentencing, and a hearing to set a date for the retrial is expected to take place in the first week of next month.',
  ],
};

export const HAIL: Story = {
  slug: 'hailstorm-shreds-greenhouses-southern-plain',
  title: 'Hailstorm shreds greenhouses across the southern plain',
  byline: 'Tomasz Wierzbicki',
  section: 'Weather',
  paras: [
    'A band of thunderstorms dropped hailstones the size of golf balls across the southern plain on Tuesday evening, smashing the glass roofs of dozens of commercial greenhouses in less than twenty minutes.',
    'Growers in the tomato belt south of the river said the damage was the worst they had seen since the late nineties, with whole crops of seedlings buried under broken panes and melting ice.',
    'The weather service had issued an amber warning for large hail at midday, but forecasters said the storm cell strengthened far faster than their models had suggested as it crossed the warm lowlands.',
    'Insurers opened a claims hotline on Wednesday morning and said loss adjusters would visit the hardest hit nurseries first, starting with those that house heated propagation units.',
    'More unsettled weather is expected at the weekend, though forecasters said the air would be cooler and the risk of hail lower than during the early part of the week.',
  ],
};

export const DERBY: Story = {
  slug: 'late-header-settles-rain-soaked-county-derby',
  title: 'Late header settles rain-soaked county derby',
  byline: 'Callum Rees',
  section: 'Sport',
  paras: [
    'Substitute Danny Achterberg rose highest at the back post in the eighty-eighth minute to give Millbrook Town a one-nil win over their neighbours in a derby played through almost constant rain.',
    'The pitch had been inspected twice before kick-off, and for long spells both sides struggled to string three passes together as the ball held up in standing water along the touchlines.',
    'Harford had the better of the first half and hit the crossbar through their captain, whose curling free kick from the edge of the area beat the goalkeeper but not the woodwork.',
    'Millbrook manager Petra Lindqvist said afterwards that she had told her players at the interval to keep the ball in the air, and that the winning goal came from exactly that kind of move.',
    'The result lifts Millbrook into the play-off places with six games left, while Harford drop to ninth and face a difficult trip to the league leaders next Saturday.',
  ],
};

export const BAKERY: Story = {
  slug: 'family-bakery-chain-agrees-sale-regional-grocer',
  title: 'Family bakery chain agrees sale to regional grocer',
  byline: 'Anjali Desmond',
  section: 'Business',
  paras: [
    'Halloran’s, the family-owned bakery chain with forty shops across the northern counties, has agreed to be bought by the regional grocer FreshWay in a deal thought to be worth around thirty million pounds.',
    'The founder’s grandson, Declan Halloran, said the family had spent two years looking for a buyer that would keep the central bakery open and honour the pension promises made to long-serving staff.',
    'FreshWay said all of the shops would keep trading under the Halloran’s name for at least three years, and that it planned to sell the chain’s loaves and pastries in its own supermarkets from the spring.',
    'Analysts said the grocer was paying a full price for a business whose profits had been squeezed by the rising cost of flour and energy, but that the brand gave it a foothold in towns it had struggled to enter.',
    'The sale still needs the approval of the competition regulator, which is expected to look at the handful of market towns where both companies already run shops.',
  ],
};

export const LIBRARIES: Story = {
  slug: 'council-splits-over-plan-to-close-branch-libraries',
  title: 'Council splits over plan to close two branch libraries',
  byline: 'Grace Mbeki',
  section: 'Politics',
  paras: [
    'Councillors voted by nineteen to seventeen on Monday night to begin a public consultation on closing the Eastgate and Fernhill branch libraries, after a debate that ran for more than three hours.',
    'The finance committee says the two buildings need roof and heating repairs costing about 900,000 pounds and that their visitor numbers have fallen by a third since the central library reopened.',
    'Opposition members argued that both branches serve neighbourhoods with few other public spaces, and that older residents and children doing homework would be hit hardest by any closure.',
    'The council leader, Howard Pryce, said no decision had been made and promised that the consultation would consider handing the buildings to community groups before any sale.',
    'The consultation opens on the first of next month and runs for twelve weeks, with drop-in sessions planned at both libraries and at the town hall.',
  ],
};

export const FERRY: Story = {
  slug: 'ferry-operator-cancels-winter-crossings-engine-fault',
  title: 'Ferry operator cancels winter crossings after engine fault',
  byline: 'Ruairi Coyle',
  section: 'Transport',
  paras: [
    'The island ferry service will run on a reduced timetable until at least the end of February after engineers found a cracked crankshaft in one of the two engines of its largest vessel.',
    'The operator said the ship would be taken to a dry dock on the mainland next week and that a replacement part had been ordered from the manufacturer, with delivery promised within five weeks.',
    'Until then a smaller ship will make three return crossings a day instead of five, and it cannot carry lorries over twelve tonnes, which hauliers said would hold up deliveries of fuel and animal feed.',
    'Island councillors called for a back-up vessel to be chartered, saying that a single breakdown should not be able to cut a community of four thousand people off from hospital appointments.',
    'Passengers with bookings on cancelled sailings will be moved to the nearest available crossing or offered a full refund, and the operator has added a fourth sailing on Fridays for school pupils.',
  ],
};

export const RADWEGE: Story = {
  slug: 'stadtrat-beschliesst-neue-radwege-am-ring',
  title: 'Stadtrat beschließt neue Radwege am Ring',
  byline: 'Jana Fuchsberger',
  section: 'Lokales',
  paras: [
    'Der Stadtrat hat am Dienstagabend mit knapper Mehrheit beschlossen, auf dem inneren Ring zwischen Bahnhof und Theaterplatz auf beiden Seiten geschützte Radwege anzulegen.',
    'Dafür fällt auf dem gesamten Abschnitt je eine Autospur weg, außerdem sollen rund sechzig Parkplätze entlang der Geschäfte in Lieferzonen und Abstellflächen für Lastenräder umgewandelt werden.',
    'Die Verwaltung rechnet mit Kosten von etwa 3,4 Millionen Euro, von denen das Land nach bisheriger Zusage gut die Hälfte aus seinem Förderprogramm für den Radverkehr übernehmen will.',
    'Vertreter des Einzelhandels kritisierten den Beschluss und befürchten, dass Kundinnen und Kunden aus dem Umland künftig lieber in die Einkaufszentren am Stadtrand fahren.',
    'Die Bauarbeiten sollen im kommenden Frühjahr beginnen und abschnittsweise erfolgen, damit der Busverkehr auf dem Ring während der gesamten Bauzeit aufrechterhalten werden kann.',
  ],
};

export const PISCINAS: Story = {
  slug: 'ayuntamiento-amplia-horario-piscinas-municipales',
  title: 'El ayuntamiento amplía el horario de las piscinas municipales',
  byline: 'Lucía Ferrándiz',
  section: 'Ciudad',
  paras: [
    'Las cinco piscinas municipales abrirán hasta las diez de la noche durante julio y agosto, después de que el pleno aprobara este jueves una moción para hacer frente a las olas de calor.',
    'El concejal de Deportes explicó que la ampliación costará unos 180.000 euros, destinados sobre todo a contratar a catorce socorristas más y a reforzar la limpieza de los vestuarios.',
    'Los vecinos de los barrios del sur llevaban dos veranos reclamando más horas de baño, ya que muchos pisos de la zona no tienen aire acondicionado y las noches apenas bajan de veinticinco grados.',
    'La oposición apoyó la medida, aunque pidió que el precio de la entrada nocturna sea el mismo que el de la diurna y que se mantengan los descuentos para jubilados y familias numerosas.',
    'El nuevo horario entrará en vigor el primer fin de semana de julio y se revisará en septiembre según el número de bañistas que acudan después de las ocho de la tarde.',
  ],
};
