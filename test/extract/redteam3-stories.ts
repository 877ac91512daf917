// Stories for the third red-team set (redteam3-pages*.ts): new texts of our own, none shared with the other
// fixture sets. Seven are in the languages whose chrome the set attacks (French, Italian, Portuguese, Dutch,
// Polish, German, Spanish), five in English: a ferry strike, a vineyard frost, a tram depot, a dyke repair, a
// library, a glacier survey, a bus contract, a court ruling on a quarry, a cricket final, a recipe, a wildfire
// inquiry and an orchestra's interview.
import type { Story } from './chrome-stories.js';

export const FERRY: Story = {
  slug: 'greve-des-ferries-vers-les-iles',
  title: 'Grève des ferries : les îles du Ponant privées de liaisons pour le week-end',
  byline: 'Maëlle Kerouanton',
  section: 'Regions',
  paras: [
    'Les marins de la compagnie départementale ont cessé le travail vendredi matin, laissant près de quatre mille habitants des îles sans liaison régulière avec le continent jusqu’à lundi au moins.',
    'Le syndicat majoritaire réclame le recrutement de douze matelots supplémentaires, estimant que les équipages actuels enchaînent des journées de quatorze heures pendant toute la saison estivale.',
    'La direction affirme avoir déjà ouvert six postes au printemps et dénonce un mouvement déclenché sans préavis suffisant, ce que conteste la délégation syndicale réunie devant la gare maritime.',
    'Un bateau de secours affrété par la préfecture assurera deux rotations par jour pour les urgences médicales, les livraisons de médicaments et le ramassage du courrier, a précisé la sous-préfète.',
    'Les commerçants de l’île principale redoutent un week-end sans visiteurs au moment où les réservations des gîtes commençaient tout juste à remonter après un printemps très pluvieux.',
  ],
};

export const FROST: Story = {
  slug: 'gelata-tardiva-vigneti-collina',
  title: 'Gelata tardiva, nei vigneti della collina perso un terzo dei germogli',
  byline: 'Giulia Ferrandino',
  section: 'Economia',
  paras: [
    'Una notte di gelo arrivata a metà aprile ha bruciato circa un terzo dei germogli nei vigneti della collina, secondo la prima stima diffusa martedì dal consorzio dei produttori locali.',
    'Le temperature sono scese fino a tre gradi sotto lo zero nelle conche più basse, proprio mentre le viti avevano già aperto le gemme dopo un marzo insolitamente caldo e asciutto.',
    'Alcune aziende hanno acceso piccoli fuochi e ventilatori tra i filari per tutta la notte, ma i tecnici del consorzio spiegano che nelle zone pianeggianti gli interventi sono serviti a poco.',
    'La regione ha chiesto lo stato di calamità per consentire ai viticoltori di sospendere il pagamento dei contributi e accedere al fondo di solidarietà nazionale entro l’estate.',
    'Il presidente del consorzio ha invitato a non fare previsioni sulla vendemmia prima di giugno, quando si vedrà quanto le gemme secondarie riusciranno a compensare le perdite.',
  ],
};

export const TRAMDEPOT: Story = {
  slug: 'nova-garagem-do-eletrico-adiada',
  title: 'Nova garagem do elétrico adiada para 2028 depois de achado arqueológico',
  byline: 'Rui Albuquerque Matos',
  section: 'Cidade',
  paras: [
    'A construção da nova garagem do elétrico na zona ribeirinha vai atrasar pelo menos dois anos, depois de as escavações terem posto a descoberto os alicerces de um antigo armazém de sal.',
    'Os arqueólogos da câmara municipal pediram mais tempo para registar as estruturas, que poderão datar do século dezasseis e se estendem por quase metade do terreno destinado às oficinas.',
    'A empresa de transportes explica que a frota atual continuará a ser guardada na garagem antiga, cujo telhado foi reparado no inverno passado para aguentar mais algumas temporadas.',
    'A oposição acusa o executivo de não ter feito sondagens prévias, lembrando que o local aparece em mapas antigos da cidade como zona de armazéns ligados ao porto.',
    'O vereador da mobilidade garantiu que a compra dos doze novos elétricos não está em causa e que as primeiras unidades chegam no próximo ano, como previsto no contrato.',
  ],
};

export const DYKE: Story = {
  slug: 'dijkversterking-langs-de-rivier-uitgesteld',
  title: 'Dijkversterking langs de rivier een jaar uitgesteld door tekort aan klei',
  byline: 'Sanne van der Meulen',
  section: 'Regio',
  paras: [
    'Het waterschap stelt de versterking van ruim zeven kilometer rivierdijk een jaar uit, omdat er niet genoeg geschikte klei beschikbaar is om het werk volgens planning af te ronden.',
    'Volgens de dijkgraaf hebben de aannemers vorig jaar een groot deel van de voorraad in de regio nodig gehad voor andere projecten, waardoor de prijs per kuub bijna is verdubbeld.',
    'Bewoners van de dorpen achter de dijk krijgen deze winter extra controles bij hoogwater, en het waterschap legt op twee zwakke plekken tijdelijk zandzakken en damwanden neer.',
    'De gemeenteraad van het grootste dorp vroeg donderdag om een openbare informatieavond, omdat veel inwoners pas via de krant van het uitstel hoorden.',
    'Het waterschap verwacht de nieuwe aanbesteding in het najaar af te ronden en wil het werk dan in twee fasen uitvoeren, zodat de weg op de dijk zo min mogelijk wordt afgesloten.',
  ],
};

export const LIBRARY: Story = {
  slug: 'biblioteka-miejska-wydluza-godziny',
  title: 'Biblioteka miejska wydłuża godziny otwarcia w czasie sesji egzaminacyjnej',
  byline: 'Katarzyna Wielgosz',
  section: 'Miasto',
  paras: [
    'Główna biblioteka miejska będzie otwarta do północy przez cały czerwiec, aby studenci i maturzyści mieli gdzie się uczyć w czasie sesji egzaminacyjnej, poinformował we wtorek dyrektor placówki.',
    'Dodatkowe godziny pokryje budżet obywatelski, w którym projekt nocnej czytelni zdobył w zeszłym roku najwięcej głosów spośród wszystkich propozycji zgłoszonych przez mieszkańców.',
    'Czytelnia na drugim piętrze dostanie nowe lampy i gniazdka przy każdym stole, a w holu stanie automat z wodą, bo dotychczas po dwudziestej nie działał tam żaden bufet.',
    'Bibliotekarze zwracają uwagę, że w poprzednich latach wolnych miejsc brakowało już w południe, a część osób wracała do domu, zanim zdążyła usiąść przy stole.',
    'Jeśli pilotaż się sprawdzi, miasto rozważy podobne godziny w dwóch filiach na osiedlach, gdzie mieszka najwięcej studentów wynajmujących pokoje.',
  ],
};

export const GLACIER: Story = {
  slug: 'gletscher-verliert-rekordmenge-eis',
  title: 'Gletscher im Tal verliert so viel Eis wie nie seit Beginn der Messungen',
  byline: 'Lukas Brandstätter',
  section: 'Wissen',
  paras: [
    'Der größte Gletscher des Tals hat im vergangenen Sommer fast drei Meter an Dicke verloren, so viel wie nie seit Beginn der Messungen vor mehr als sechzig Jahren, teilte der Alpenverein am Montag mit.',
    'Die Messtrupps fanden an der Zunge des Gletschers erstmals offenen Fels, wo noch vor zehn Jahren eine dicke Eisschicht lag, und mussten zwei ihrer Pegelstangen neu setzen.',
    'Verantwortlich seien vor allem die lange Hitzeperiode im August und der schneearme Winter davor, erklärte die Glaziologin, die das Messprogramm seit vierzehn Jahren leitet.',
    'Für die Hütten im Tal hat der Rückgang handfeste Folgen: Ein viel begangener Zustieg führt inzwischen über brüchiges Gelände und wurde im Herbst mit neuen Seilen gesichert.',
    'Der Alpenverein will die Messungen im kommenden Jahr ausweiten und auch zwei kleinere Nachbargletscher regelmäßig vermessen, die bisher nur alle fünf Jahre besucht wurden.',
  ],
};

export const BUSCONTRACT: Story = {
  slug: 'ayuntamiento-adjudica-contrato-autobuses',
  title: 'El ayuntamiento adjudica el contrato de autobuses urbanos a una nueva empresa',
  byline: 'Alba Echeverría Ruiz',
  section: 'Local',
  paras: [
    'El pleno municipal aprobó el jueves la adjudicación del servicio de autobuses urbanos a una empresa que hasta ahora no operaba en la provincia, por un importe de cuarenta millones durante diez años.',
    'El nuevo contrato obliga a renovar la mitad de la flota con vehículos eléctricos antes de 2029 y a aumentar la frecuencia de las cuatro líneas que conectan los barrios del norte con el hospital.',
    'Los trabajadores de la actual concesionaria temen por sus condiciones, aunque el pliego obliga a subrogar a toda la plantilla con la misma antigüedad y el mismo convenio colectivo.',
    'La oposición votó en contra al considerar que la oferta ganadora es demasiado baja para cumplir con las mejoras prometidas, y anunció que pedirá un informe al tribunal de cuentas.',
    'El cambio de empresa se hará efectivo el primero de septiembre, coincidiendo con el inicio del curso escolar, según el calendario presentado por la concejala de movilidad.',
  ],
};

export const QUARRY: Story = {
  slug: 'court-blocks-quarry-expansion',
  title: 'Court blocks quarry expansion over missing bat survey',
  byline: 'Declan Ashworth',
  section: 'Courts',
  paras: [
    'A High Court judge has quashed planning permission for a limestone quarry to expand into ancient woodland, ruling that the council approved the scheme without a proper survey of the bats roosting there.',
    'Residents of two neighbouring villages brought the challenge last year, arguing that the ecologist’s report relied on a single evening visit in October, when most of the colonies had already moved on.',
    'The judge agreed that one visit outside the breeding season could not show whether protected species used the wood, and said the council had been wrong to treat the gap as a detail for later.',
    'The quarry operator said it was disappointed and would commission a full year of surveys before applying again, adding that forty jobs at the site were not at immediate risk.',
    'The council has three weeks to decide whether to appeal. Its planning committee chair said the authority would study the judgment carefully before making any comment on the merits.',
  ],
};

export const CRICKET: Story = {
  slug: 'harbour-town-win-county-cricket-final',
  title: 'Harbour Town win the county cricket final off the last ball',
  byline: 'Nadia Ferreira-Holt',
  section: 'Sport',
  paras: [
    'Harbour Town won the county cup for the first time in nineteen years on Sunday, scrambling a bye off the final ball to beat Ashcombe by one wicket in front of a crowd of more than two thousand.',
    'Ashcombe had made 214 after choosing to bat, their captain scoring a patient 88 before he was caught on the boundary with six overs of their innings left.',
    'The chase looked lost at 151 for eight, but the wicketkeeper and the youngest player in the side added 58 together, most of them in ones and twos run between the wickets at full sprint.',
    'With two needed from the last ball, the number eleven swung and missed, and the batters ran anyway while the throw from the keeper went past the stumps and away towards the pavilion.',
    'The club’s chairman said the trophy would go on show at the harbour office for the summer. The two teams meet again in the league next Saturday.',
  ],
};

export const LENTILS: Story = {
  slug: 'red-lentil-soup-with-lemon',
  title: 'A red lentil soup with lemon for the end of winter',
  byline: 'Ottilie Brammer',
  section: 'Food',
  paras: [
    'This is the soup I make when the cupboard is nearly empty and everyone is tired of stew: it takes half an hour, needs one pan, and tastes brighter than anything that cheap has a right to.',
    'Soften the onion and carrot in the oil over a low heat for about ten minutes, until the onion is translucent and sweet, then stir in the cumin and paprika for a minute more.',
    'Add the rinsed lentils and the stock, bring to the boil, then simmer for twenty minutes, stirring now and then, until the lentils have collapsed and the soup has thickened.',
    'Blend half of it and stir it back in, so the soup is creamy but still has some texture. Season well, then squeeze in the lemon just before serving, tasting as you go.',
    'It keeps for three days in the fridge and thickens as it sits, so loosen it with a splash of water when you warm it through.',
  ],
};

export const INQUIRY: Story = {
  slug: 'wildfire-inquiry-hears-from-dispatchers',
  title: 'Wildfire inquiry hears dispatchers were told to hold evacuation alerts',
  byline: 'Tamsin Okonkwo-Reyes',
  section: 'News',
  paras: [
    'Two emergency dispatchers told the public inquiry into last summer’s hill fires on Wednesday that they had been instructed to wait for a supervisor’s approval before sending evacuation alerts to phones.',
    'The first dispatcher said she drafted an alert for the upper valley at 4.12 in the afternoon, but it was not sent until 5.03, by which time smoke had already closed the only road out.',
    'Lawyers for the fire service said the approval step existed to stop false alarms, after a test message was sent to the whole county by mistake in the previous year.',
    'The inquiry chair asked why the rule had not been relaxed on a day when the service’s own forecast rated the fire danger as extreme, and was told that nobody had asked for it to be.',
    'The inquiry resumes next week with evidence from the service’s former chief officer, who retired in the autumn, and from the company that runs the alert system.',
  ],
};

export const ORCHESTRA: Story = {
  slug: 'conductor-on-the-orchestras-first-tour',
  title: '“We rehearsed in a car park”: the youth orchestra’s conductor on its first tour',
  byline: 'Imogen Stradling',
  section: 'Culture',
  paras: [
    'The county youth orchestra returns this week from its first tour abroad, ten concerts in twelve days. We spoke to its conductor, Hamish Oduya, the morning after the last one.',
    'Q: How did the players cope with the travelling? A: Better than I did. They slept on the coach and woke up ready to play, while I sat there worrying about whether the harp had been strapped in properly.',
    'Q: Was there a concert that went wrong? A: The second one. The hall had double-booked us with a wedding, so we rehearsed in the car park while the guests arrived, and the bride asked us for a waltz.',
    'Q: What will the players remember? A: Probably the waltz. But also playing to a full hall in a town none of them had heard of a month ago, and being cheered as if they were professionals.',
    'Q: Will there be another tour? A: If the parents forgive me for the coach, yes. We are already talking about two years from now, somewhere we can reach by train.',
  ],
};
