// Stories and items for the tenth guard set (guards10-*.ts): live blogs whose entries hold links, briefings in
// seven other languages (fr, de, es, it, pt, pl, uk) and briefings whose items are image cards. Every name, place,
// outlet and sentence here is made up and ours, in every language.
import type { Story } from './chrome-stories.js';

/** A live page's summary: the entries follow it. */
export const BARRIER: Story = {
  slug: 'flood-barrier-vote-live',
  title: 'Flood barrier vote live: council debates the Kettle Lock scheme',
  byline: 'Live Desk',
  section: 'Local',
  paras: [
    'The city council is debating tonight whether to build a tidal barrier at Kettle Lock, a scheme that would cost 48 million and close the old ferry slip for three years while it is built.',
    'Supporters say the barrier would protect 2,600 homes in the lower town from the kind of surge that flooded them twice in the past decade. Opponents want the money spent on raising the river walls instead.',
  ],
};

/** Entries of the live page: time, headline, text. */
export const BARRIER_ENTRIES: [string, string, string][] = [
  [
    '21:48',
    'Vote passes by 31 to 9',
    'The barrier scheme has been approved after almost four hours of debate. Work on the foundations could begin in the spring if the environment agency signs off the design.',
  ],
  [
    '21:10',
    'Ferry operators fear the closure',
    'Two operators who run boats from the old slip told the chamber they would lose most of their summer trade. The council has offered a temporary pontoon further upstream.',
  ],
  [
    '20:35',
    'Residents fill the public gallery',
    'Every seat in the gallery was taken before the meeting opened, and some forty people are watching a screen in the foyer downstairs.',
  ],
  [
    '19:50',
    'Finance chief sets out the cost',
    'The cabinet member for finance said 30 million would come from a national flood fund and the rest from borrowing repaid over twenty-five years.',
  ],
];

/** Short live updates, one sentence each, with a link in the middle. */
export const BARRIER_LINES: [string, string, string, string][] = [
  ['22:05', 'The mayor,', 'Ilse Brandt', 'says the pumps at the lock are running at full speed tonight.'],
  ['21:40', 'The council has published', 'the full report on the scheme', 'for anyone who wants to read it.'],
  ['21:15', 'Our reporter spoke to', 'the ferry operators', 'outside the chamber during the break.'],
  ['20:50', 'The environment agency says', 'its review of the design', 'will take at least six weeks.'],
];

/** A morning briefing handed over to image cards. */
export const CARDS: Story = {
  slug: 'evening-briefing-friday',
  title: 'Evening briefing: a new tram line, a closed beach and a record for the marathon',
  byline: 'Sunniva Aas',
  section: 'News',
  paras: [
    'Good evening. The week ends with a warm weekend ahead, light winds and the first sea swimming of the year for those who dare, with the water still at a bracing fourteen degrees.',
    'These are the stories our newsroom followed today, from the tram line that finally has a date to the beach that will stay shut:',
  ],
};

export const CARD_ITEMS: [string, string][] = [
  [
    'Tram line to the university will open in October',
    'The transport authority gave the date after the last safety tests, two years later than first promised and 40 million over budget.',
  ],
  [
    'North beach stays closed after a sewage spill',
    'Water samples taken on Thursday failed the bathing standard, and the council will test again on Monday before deciding.',
  ],
  [
    'Marathon runner breaks the course record by a minute',
    'Aino Kallas finished in two hours and nine minutes on a cool morning, ahead of a field of 6,000 runners.',
  ],
  [
    'Library opening hours extended for exam season',
    'The central library will stay open until midnight from Monday to Thursday until the end of June, with quiet rooms on two floors.',
  ],
  [
    'Bakery on Mill Lane closes after 90 years',
    'The family that ran it says rising rent and the price of flour made it impossible to carry on, and the last loaves sell on Saturday.',
  ],
];

/** A non-English story: its language, paragraphs, the guard's items and a rail of the site's other headlines. */
export interface IntlStory extends Story {
  lang: string;
  items: [string, string][];
  /** Chrome beside it: the rail label and five other headlines, in the same language. */
  railLabel: string;
  rail: string[];
}

export const FR: IntlStory = {
  lang: 'fr',
  slug: 'essentiel-du-matin-mardi',
  title: 'L’essentiel du matin : grève des bus, canicule et nouveau maire à Saint-Aubin',
  byline: 'Claire Vasseur',
  section: 'Actualité',
  paras: [
    'Bonjour. La chaleur s’installe pour la semaine, avec 35 degrés attendus cet après-midi dans la vallée, et les services de santé rappellent de boire souvent et de fermer les volets.',
    'Voici ce qu’il faut savoir ce matin avant de partir, de la grève des bus au vote du conseil municipal de Saint-Aubin :',
  ],
  items: [
    [
      'Les chauffeurs de bus en grève jusqu’à jeudi',
      'Un bus sur trois circulera sur les lignes urbaines, et le tramway n’est pas concerné par le mouvement.',
    ],
    [
      'Saint-Aubin élit un maire de 29 ans',
      'Le conseil municipal a désigné Louis Perrin au second tour, après la démission de la maire sortante en mai.',
    ],
    [
      'Les piscines ouvrent jusqu’à 21 heures',
      'L’entrée sera gratuite pour les enfants de moins de dix ans pendant toute la durée de l’alerte canicule.',
    ],
    [
      'Le marché du samedi déménage place de la Gare',
      'Les travaux de la halle obligent les commerçants à changer d’emplacement jusqu’à la fin de l’automne.',
    ],
  ],
  railLabel: 'Les plus lus',
  rail: [
    'Un chanteur annule sa tournée après une chute sur scène',
    'La recette du gâteau au yaourt qui fait le tour des réseaux',
    'Une actrice dévoile son nouveau compagnon à Cannes',
    'Horoscope : ce que les astres vous réservent cette semaine',
    'Ce célèbre animateur quitte la télévision après vingt ans',
  ],
};

export const DE: IntlStory = {
  lang: 'de',
  slug: 'presseschau-mittwoch',
  title: 'Presseschau: Die Zeitungen zum Haushaltsstreit und zur Bahnreform',
  byline: 'Redaktion Presseschau',
  section: 'Politik',
  paras: [
    'Der Streit um den Landeshaushalt beherrscht an diesem Mittwoch fast alle Titelseiten, daneben beschäftigt die Kommentatoren die geplante Reform der Regionalbahn und ihre Folgen für Pendler.',
  ],
  items: [
    ['Nordkurier', 'Der Finanzminister hat die Geduld der eigenen Fraktion überschätzt, schreibt das Blatt.'],
    ['Rheinblick', 'Die Zeitung sieht in der Bahnreform vor allem eine Sparmaßnahme auf Kosten der Dörfer.'],
    ['Tagespost Ostheim', 'Der Kommentator lobt, dass endlich über die Schulden gesprochen wird.'],
    ['Allgäuer Abendblatt', 'Hier heißt es, die Opposition habe außer Kritik keinen eigenen Plan vorgelegt.'],
  ],
  railLabel: 'Meistgelesen',
  rail: [
    'Sängerin zeigt sich erstmals mit neuem Freund',
    'Dieser Trick macht Ihr Brot länger frisch',
    'Fußballstar kauft Villa am Gardasee',
    'Moderatorin verrät ihr Geheimnis für gute Laune',
    'Schauspieler feiert Hochzeit auf einer Insel',
  ],
};

export const ES: IntlStory = {
  lang: 'es',
  slug: 'cinco-rutas-sierra-verano',
  title: 'Cinco rutas por la sierra para escapar del calor este verano',
  byline: 'Marta Echeverría',
  section: 'Viajes',
  paras: [
    'Cuando el termómetro pasa de los cuarenta grados en la ciudad, la sierra ofrece sombra, arroyos y pueblos tranquilos a menos de una hora en coche. Hemos recorrido cinco caminos para todos los niveles.',
  ],
  items: [
    [
      'El sendero de los castaños',
      'Un paseo circular de seis kilómetros bajo árboles centenarios, ideal para ir con niños y sin apenas desnivel.',
    ],
    [
      'La subida al mirador del Águila',
      'Tres horas de ascenso exigente que terminan en una vista de todo el valle; conviene salir antes de las nueve.',
    ],
    [
      'La ruta del molino viejo',
      'Sigue el río entre pozas donde está permitido el baño, y termina en un merendero con fuente de agua potable.',
    ],
    [
      'El camino de los pastores',
      'Una travesía de dos días entre dos aldeas, con noche en un refugio que hay que reservar con antelación.',
    ],
    [
      'La vía verde del antiguo tren',
      'Diecinueve kilómetros llanos sobre el trazado del ferrocarril minero, perfectos para recorrer en bicicleta.',
    ],
  ],
  railLabel: 'Lo más leído',
  rail: [
    'La cantante que arrasa en las redes con su nuevo look',
    'El truco de la abuela para limpiar la plancha',
    'Un futbolista y una modelo, la pareja del verano',
    'Estos son los signos del zodiaco con más suerte',
    'La actriz que ha vuelto a la televisión por sorpresa',
  ],
};

export const IT: IntlStory = {
  lang: 'it',
  slug: 'ordinanza-acqua-frazioni',
  title: 'Siccità, il sindaco vieta di innaffiare i giardini nelle frazioni',
  byline: 'Giulia Ferrandi',
  section: 'Cronaca',
  paras: [
    'Il sindaco di Valcastello ha firmato ieri un’ordinanza che vieta di innaffiare orti e giardini tra le otto e le venti nelle sei frazioni servite dall’acquedotto di montagna, fino alla fine di agosto.',
    'Il livello della sorgente principale è sceso di un terzo rispetto allo scorso anno, e in due frazioni l’acqua è già stata portata con le autobotti per tre notti di fila.',
    'Chi non rispetta il divieto rischia una multa da cento a cinquecento euro. I controlli saranno affidati alla polizia locale e ai volontari della protezione civile.',
  ],
  items: [['Il testo completo dell’ordinanza è pubblicato sull’albo pretorio online del Comune.', '']],
  railLabel: 'I più letti',
  rail: [
    'Il cantante svela il nome della figlia in diretta',
    'La ricetta della nonna per una pasta perfetta',
    'Attrice e calciatore avvistati insieme a Capri',
    'Oroscopo della settimana: novità in amore',
    'Il conduttore lascia la televisione dopo trent’anni',
  ],
};

export const PT: IntlStory = {
  lang: 'pt',
  slug: 'ponte-pedonal-cronologia',
  title: 'Ponte pedonal sobre o rio abre finalmente ao público',
  byline: 'Rui Carvalhal',
  section: 'Região',
  paras: [
    'A ponte pedonal que liga as duas margens do rio em Vilar de Moura abre ao público no sábado, seis anos depois de o projeto ter sido apresentado e depois de duas paragens da obra.',
    'A estrutura tem 180 metros e custou 4,3 milhões de euros, pagos em grande parte por fundos europeus. A câmara espera que seja usada por mil pessoas por dia.',
  ],
  items: [
    ['Março de 2020', 'A câmara apresenta o projeto da ponte'],
    ['Outubro de 2021', 'O tribunal suspende o concurso da obra'],
    ['Junho de 2023', 'A construção recomeça com um novo empreiteiro'],
    ['Maio de 2026', 'Os testes de carga confirmam a segurança da ponte'],
  ],
  railLabel: 'Mais lidas',
  rail: [
    'Cantora surpreende fãs com novo visual',
    'O truque para manter a fruta fresca durante mais tempo',
    'Futebolista e apresentadora confirmam namoro',
    'O horóscopo desta semana traz boas notícias',
    'Ator famoso compra casa no Algarve',
  ],
};

export const PL: IntlStory = {
  lang: 'pl',
  slug: 'upaly-gdzie-szukac-pomocy',
  title: 'Upały w mieście. Gdzie seniorzy mogą szukać pomocy',
  byline: 'Agnieszka Wróbel',
  section: 'Miasto',
  paras: [
    'Synoptycy zapowiadają, że do niedzieli temperatura w mieście nie spadnie poniżej trzydziestu stopni. Urząd przypomina, że upał jest szczególnie groźny dla osób starszych i samotnych.',
    'Zebraliśmy miejsca i telefony, pod którymi seniorzy oraz ich rodziny mogą uzyskać pomoc przez cały tydzień:',
  ],
  items: [
    ['Miejski telefon dla seniora', 'dyżur od 8 do 20, także w weekend, z możliwością wezwania wolontariusza do domu'],
    ['Klimatyzowana czytelnia przy ulicy Ogrodowej', 'otwarta codziennie do 22, z wodą i miejscami do odpoczynku'],
    ['Punkt pomocy Caritas na Starym Mieście', 'wydaje wodę i posiłki oraz pomaga w kontakcie z lekarzem'],
    ['Centrum Usług Społecznych', 'organizuje transport do lekarza dla osób, które nie mogą wyjść same z domu'],
  ],
  railLabel: 'Najczęściej czytane',
  rail: [
    'Piosenkarka pokazała nową fryzurę. Fani oszaleli',
    'Ten sposób na mszyce zna każda babcia',
    'Aktor i modelka razem na wakacjach',
    'Horoskop na weekend. Co czeka Bliźnięta',
    'Znany prezenter odchodzi z telewizji',
  ],
};

export const UK: IntlStory = {
  lang: 'uk',
  slug: 'ranok-holovne-chetver',
  title: 'Головне за ранок: ремонт мосту, нові маршрути і шкільні канікули',
  byline: 'Оксана Левчук',
  section: 'Новини',
  paras: [
    'Доброго ранку. Сьогодні в місті буде сонячно і тепло, до двадцяти шести градусів, а ввечері синоптики не виключають короткої зливи з грозою на лівому березі.',
    'Ось що варто знати перед початком дня, від ремонту мосту до змін у розкладі тролейбусів:',
  ],
  items: [
    [
      'Міст через затоку закриють на два тижні',
      'Рух транспорту перенаправлять через об’їзну дорогу, пішоходи зможуть проходити тротуаром.',
    ],
    [
      'Нові тролейбусні маршрути з понеділка',
      'Два маршрути продовжать до нового житлового масиву, інтервал руху становитиме десять хвилин.',
    ],
    [
      'Шкільні канікули почнуться раніше',
      'Міська рада погодила завершення навчального року двадцятого травня через ремонт котелень.',
    ],
    [
      'У парку відкрили новий дитячий майданчик',
      'Його збудували за кошти громадського бюджету за проєктом, який підтримали дві тисячі мешканців.',
    ],
  ],
  railLabel: 'Найпопулярніше',
  rail: [
    'Співачка показала нову зачіску і здивувала фанів',
    'Простий спосіб зберегти зелень свіжою',
    'Відомий актор одружився таємно',
    'Гороскоп на тиждень для всіх знаків',
    'Телеведуча розповіла про свій відпочинок',
  ],
};
