// Stories for the eighth red-team set (redteam8-pages*.ts): new texts of our own, none shared with the other
// fixture sets, in the manner of the local and regional coverage of 2017-2020 (a levy vote, a wildfire evacuation,
// a minor-league ballpark deal, a school-bus driver shortage), and three in Spanish, Italian and Portuguese for the
// European regional sites. Every place and person is made up.
import type { Story } from './chrome-stories.js';

export const LEVY: Story = {
  slug: 'library-levy-passes-narrowly',
  title: 'Library levy passes by 212 votes after a recount in Birch County',
  byline: 'Dana Whitcombe',
  section: 'Local',
  paras: [
    'A property tax levy that will keep all six branches of the Birch County library system open five days a week passed by 212 votes, the county elections board said on Friday after a hand recount.',
    'The first count on election night had the measure ahead by fewer than a hundred votes, close enough under state law to trigger the recount, which took three days and was watched by volunteers from both campaigns.',
    'The levy adds about 38 dollars a year to the bill of a home valued at 150,000 dollars and will raise roughly 2.4 million a year for the next ten years, according to the county auditor.',
    'Library director Paul Ostrowski said the money would go first to restoring Saturday hours at the two rural branches, which were cut back in 2016 when a previous levy failed by a wide margin.',
    'A group of residents who campaigned against the measure said they would not challenge the result but would watch how the money was spent, and asked the library board to publish its spending each quarter.',
  ],
};

export const CANYON: Story = {
  slug: 'canyon-fire-evacuation-orders-lifted',
  title: 'Evacuation orders lifted for most of Hollis Canyon as crews gain on the fire',
  byline: 'Reyna Castillo',
  section: 'News',
  paras: [
    'Residents of most of Hollis Canyon were allowed to return home on Sunday morning, four days after a fast-moving brush fire forced about 1,800 people to leave in the middle of the night.',
    'Fire officials said the blaze had burned about 6,400 acres and was 55 per cent contained, helped by cooler weather and a drop in the winds that had pushed it down the canyon on Wednesday.',
    'Eleven homes and a dozen outbuildings were destroyed, most of them along Sawmill Road, where the fire jumped a firebreak shortly after midnight and crews were pulled back for their own safety.',
    'The county sheriff said deputies would stay at the two entrances to the canyon for several days to check identification, after reports of people driving in to take photographs of the damage.',
    'Power was restored to most of the area on Saturday, but the water district warned that residents in the upper canyon should boil their tap water until tests on the damaged mains come back.',
    'Investigators have not said what started the fire, and asked anyone who was near the trailhead at Pine Flat on Wednesday afternoon to call a tip line.',
  ],
};

export const BALLPARK: Story = {
  slug: 'ballpark-lease-deal-approved',
  title: 'City approves a 20-year lease that keeps the Rivermen at Depot Field',
  byline: 'Marcus Lindqvist',
  section: 'Sports',
  paras: [
    'The minor-league Rivermen will stay at Depot Field for at least another 20 years after the city commission approved a new lease on Tuesday by a vote of four to one.',
    'Under the agreement, the city will spend 14 million on new clubhouses, lights and netting to meet the standards set by the club’s major-league affiliate, which had warned the ballpark was falling behind.',
    'The team will pay a higher rent and cover routine maintenance, and it has agreed to host at least 25 events a year that are not baseball games, such as concerts and high school tournaments.',
    'Commissioner Alicia Brandt, the lone vote against, said the city was taking on too much of the cost and that the team’s owners could afford to pay for more of the work themselves.',
    'Construction is expected to start after the season ends in September and be finished before opening day, with the outfield seats done first so that the spring schedule is not affected.',
  ],
};

export const BUSES: Story = {
  slug: 'school-bus-driver-shortage-routes-cut',
  title: 'Shortage of bus drivers forces district to merge routes on the west side',
  byline: 'Tamsin Okafor',
  section: 'Education',
  paras: [
    'The Maple Valley school district will merge nine bus routes on the west side into five from Monday because it cannot find enough drivers, the district told parents in a letter this week.',
    'Some pupils will be picked up as much as 25 minutes earlier, and the district has asked families who live within a mile of their school to walk or drive their children if they can.',
    'The district is short of 14 drivers out of a staff of 80, and its transport director said several applicants had dropped out during the training because of the time it takes to obtain the licence.',
    'The board voted last month to raise the starting wage for drivers by two dollars an hour and to pay for the training, but the district said the first of the new drivers would not be ready until spring.',
    'Parents at a meeting on Tuesday night asked why the district had not warned them sooner, and several said the earlier pick-ups would leave young children waiting at stops in the dark.',
  ],
};

export const MERCADO: Story = {
  slug: 'el-mercado-de-abastos-reabre',
  title: 'El mercado de abastos de Villanueva reabre tras dos años de obras',
  byline: 'Lucía Bermejo',
  section: 'Local',
  paras: [
    'El mercado de abastos de Villanueva del Río volvió a abrir sus puertas este sábado, dos años después de que el ayuntamiento lo cerrara para reparar la cubierta y renovar las instalaciones eléctricas.',
    'De los 42 puestos del edificio, 31 han vuelto a abrir desde el primer día, y el concejal de Comercio aseguró que el resto se adjudicará antes del verano mediante un nuevo concurso público.',
    'Las obras han costado 3,8 millones de euros, de los que cerca de la mitad proceden de fondos europeos, y han incluido un aparcamiento para bicicletas y un espacio para catas y talleres de cocina.',
    'Los comerciantes, que durante las obras vendieron en unas carpas instaladas en la plaza de la iglesia, celebraron la reapertura con una degustación gratuita a la que acudieron cientos de vecinos.',
    'La asociación de vecinos del casco antiguo pidió al ayuntamiento que amplíe el horario de tarde, que por ahora solo se mantendrá los jueves y los viernes.',
  ],
};

export const TRAGHETTO: Story = {
  slug: 'traghetto-per-l-isola-nuovi-orari',
  title: 'Traghetti per l’isola, dalla prossima settimana due corse in più al giorno',
  byline: 'Giulia Ferraresi',
  section: 'Cronaca',
  paras: [
    'Dalla prossima settimana i traghetti tra Porto Santo Stefano e l’isola di Calvera faranno due corse in più al giorno, una al mattino presto e una in tarda serata, ha annunciato ieri la compagnia di navigazione.',
    'Le nuove corse erano state chieste da mesi dai pendolari, in gran parte studenti e lavoratori dell’ospedale, che finora dovevano partire alle sei e mezza per arrivare in tempo al primo turno.',
    'Il costo delle corse aggiuntive, circa 400 mila euro l’anno, sarà coperto per due terzi dalla Regione e per il resto dal Comune, che ha rinunciato a una parte dei fondi per le manifestazioni estive.',
    'Il sindaco di Calvera ha parlato di una giornata importante per l’isola, ma ha ricordato che resta aperto il problema dei prezzi dei biglietti, aumentati del dodici per cento negli ultimi due anni.',
    'La compagnia ha detto che il nuovo orario resterà in vigore almeno fino alla fine di ottobre, quando verrà fatto un primo bilancio del numero di passeggeri.',
  ],
};

export const CICLOVIA: Story = {
  slug: 'ciclovia-ribeirinha-concluida',
  title: 'Ciclovia ribeirinha de Vila Serena fica concluída com um ano de atraso',
  byline: 'Inês Carvalhal',
  section: 'Região',
  paras: [
    'A ciclovia que liga o centro de Vila Serena à praia fluvial do Pego foi inaugurada na sexta-feira, com um ano de atraso em relação ao prazo anunciado pela câmara municipal quando as obras começaram.',
    'O percurso tem nove quilómetros e segue quase sempre a margem do rio, com duas pontes pedonais novas e três zonas de descanso com sombra e bebedouros.',
    'O presidente da câmara explicou que o atraso se deveu à descoberta de vestígios de um antigo cais durante as escavações, que obrigou a alterar o traçado num troço de quinhentos metros.',
    'A obra custou 2,1 milhões de euros, financiados em grande parte por fundos comunitários, e a autarquia espera que a ciclovia seja usada tanto por turistas como por quem vai de bicicleta para o trabalho.',
    'Uma associação de ciclistas da cidade elogiou o percurso, mas pediu mais iluminação na zona das pontes, onde a ciclovia passa longe das casas.',
  ],
};
