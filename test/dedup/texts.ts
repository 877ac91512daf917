// Invented news texts for the dedup tests (written for this project; no real outlet's copy).

export interface Text {
  title: string;
  text: string;
}

/** Wire story: a bridge closure in Marlow. */
export const bridgeWire: Text = {
  title: 'Marlow closes Old Mill bridge after inspectors find cracked girders',
  text: [
    'MARLOW — The Old Mill bridge over the Tenby River was closed to all traffic on Tuesday after state inspectors found cracks in two of its steel girders, the Marlow public works department said.',
    'The 74-year-old bridge carries about 11,400 vehicles a day between the east side of town and Route 9. Drivers will be sent on a detour of roughly 6 miles through Harlan Road until repairs are finished.',
    'Public works director Ines Okafor said the cracks were found during a routine inspection on Monday afternoon. "We are not going to take any chances with a structure like this," Okafor said. "The bridge stays closed until an engineer signs off on it."',
    'The city council will meet on Thursday to approve emergency funding. An early estimate puts the repair cost at $2.3 million, Okafor said, and the work could take eight to ten weeks.',
    'School buses that use the bridge will be rerouted starting Wednesday, the Marlow school district said in a letter to parents. Officials asked residents to allow extra time for their commutes.',
    'The bridge was last rebuilt in 1988. A 2019 report by the state transportation agency rated it in fair condition and recommended replacing its deck within a decade.',
    'Business owners on Mill Street said they feared the closure would keep customers away during the busiest weeks of the year. "Half of my customers come over that bridge," said bakery owner Tomasz Wren.',
  ].join('\n\n'),
};

/** The same event told by another outlet in its own words. */
export const bridgeOther: Text = {
  title: 'Cracked girders shut Marlow’s Old Mill bridge; repairs could cost $2.3 million',
  text: [
    'Marlow residents face weeks of detours after the city shut the Old Mill bridge on Tuesday, when state inspectors discovered cracked steel girders beneath the span over the Tenby River.',
    'Ines Okafor, who leads the Marlow public works department, told reporters that the damage turned up during a scheduled inspection on Monday. She said no one would drive across the bridge again until an engineer approved it.',
    'Roughly 11,400 cars and trucks cross the Old Mill bridge each day. The posted detour follows Harlan Road and adds about six miles to the trip toward Route 9.',
    'Okafor estimated repairs at $2.3 million and said the city council would be asked on Thursday to release emergency money for the work, which could last up to ten weeks.',
    'Shop owners along Mill Street worried about losing customers, and the school district said buses would take the detour beginning Wednesday.',
  ].join('\n\n'),
};

/** Same topic and town, a different event: a water main break, other people, other numbers. */
export const waterMain: Text = {
  title: 'Water main break floods Marlow streets, leaves 900 homes without service',
  text: [
    'MARLOW — A 16-inch water main broke under Cedar Avenue early Saturday, flooding three blocks and cutting off water to about 900 homes on the north side of town, city officials said.',
    'Crews from the Marlow water department shut off the main shortly after 5 a.m. Utilities manager Darnell Pryce said service should be restored by Sunday evening.',
    '"The pipe is more than a hundred years old, and this winter has been hard on it," Pryce said. Residents were told to boil tap water for 48 hours once service returns.',
    'The city set up a water distribution point at Lakeview Elementary School. Cedar Avenue will stay closed between Fourth and Seventh streets while crews replace a 40-foot section of pipe.',
    'The council approved a $14 million plan last year to replace aging water lines, but work on Cedar Avenue was not scheduled to begin until 2027.',
  ].join('\n\n'),
};

/** Unrelated: a school board vote elsewhere. */
export const schoolVote: Text = {
  title: 'Fairview school board approves later start times for high schools',
  text: [
    'FAIRVIEW — High school classes in Fairview will start at 8:40 a.m. next fall instead of 7:25 a.m., after the school board voted 5-2 on Monday night to push back the first bell.',
    'Supporters cited research linking more sleep to better grades and attendance among teenagers. Board president Alma Reyes said the change was "overdue and backed by the evidence."',
    'Opponents worried about later dismissal times for athletes and for students who work after school. The district will spend about $380,000 a year on additional bus routes to make the schedule work.',
    'Parents packed the meeting, and more than 60 people signed up to speak during a public comment period that lasted nearly three hours.',
  ].join('\n\n'),
};

/** Unrelated: a warehouse fire. */
export const warehouseFire: Text = {
  title: 'Fire destroys warehouse in Dunmore industrial park',
  text: [
    'DUNMORE — A fire destroyed a furniture warehouse in the Dunmore industrial park overnight, sending a column of black smoke over the interstate and forcing the closure of two exit ramps.',
    'Fire chief Paul Kessler said 45 firefighters from four departments fought the blaze, which was reported at 1:15 a.m. by a passing truck driver. No one was inside the building, and no injuries were reported.',
    'The warehouse belonged to Brightline Home Furnishings, which stored sofas and mattresses there before shipping them to stores. The cause of the fire is under investigation.',
    'Kessler said crews would stay at the site through the day to put out hot spots. Nearby businesses were told to keep windows closed because of the smoke.',
  ].join('\n\n'),
};

export const russianStory: Text = {
  title: 'В Туле закрыли мост через Упу',
  text: [
    'Движение по старому мосту через реку Упа в Туле закрыто с утра вторника после того, как инженеры обнаружили трещины в несущих балках, сообщили в городской администрации.',
    'По мосту ежедневно проезжает около 9 500 автомобилей. Объезд проложен через Заречную улицу, он удлиняет путь примерно на пять километров.',
    'Ремонт обойдётся городу в 140 миллионов рублей и займёт не меньше двух месяцев, заявила начальник управления дорожного хозяйства Анна Белова.',
    'Школьные автобусы пойдут по объездному маршруту начиная со среды. Жителей просят заранее планировать поездки.',
  ].join('\n\n'),
};

export const chineseStory: Text = {
  title: '临江市老桥因钢梁裂缝封闭',
  text: [
    '临江市交通部门周二表示，检查人员在老城大桥的两根钢梁上发现裂缝，大桥从当天上午起禁止所有车辆通行。',
    '这座桥建于一九五零年代，每天约有一万一千辆汽车通过。绕行路线经过滨河路，全程大约多出十公里。',
    '交通局负责人王立新说，维修费用预计为一千五百万元，工程可能持续两到三个月。市议会将于周四开会审议紧急拨款。',
    '教育部门通知家长，校车从周三起改走绕行路线，请市民提前安排出行时间。',
  ].join('\n\n'),
};

/** Syndication variants of a text, as outlets publish wire copy. */
export function variants(t: Text): Record<'intro' | 'headline' | 'trimmed' | 'chrome' | 'all', Text> {
  const paras = t.text.split('\n\n');
  const trimmed = paras.slice(0, Math.max(2, Math.ceil(paras.length * 0.7))).join('\n\n');
  const chrome = (s: string) =>
    [
      'Advertisement',
      s,
      'Sign up for our morning newsletter to get stories like this one in your inbox.',
      'Copyright 2025 Valley Wire Service. All rights reserved.',
    ].join('\n\n');
  return {
    intro: { title: t.title, text: `This story was originally published by Valley Wire Service.\n\n${t.text}` },
    headline: { title: `Update: ${t.title.split(' ').reverse().join(' ')}`, text: t.text },
    trimmed: { title: t.title, text: trimmed },
    chrome: { title: t.title, text: chrome(t.text) },
    all: {
      title: 'Readers react as officials announce the news',
      text: `By Staff and wire reports\n\n${chrome(trimmed)}`,
    },
  };
}

/** A later development of the bridge story, ten days on: the repair contract (same names and places, new numbers). */
export const bridgeLater: Text = {
  title: 'Marlow council picks contractor to repair cracked Old Mill bridge girders',
  text: [
    'MARLOW — The Marlow city council on Monday awarded a $2.1 million emergency contract to replace the two cracked steel girders of the Old Mill bridge, which has been closed since state inspectors found the damage.',
    'Public works director Ines Okafor told the council that crews from Halvorsen Steel would start on the span over the Tenby River next week and that the bridge could reopen to traffic by early summer.',
    'Until then the detour through Harlan Road stays in place. Okafor said the city would add signs near Route 9 after drivers complained that the posted route was confusing.',
    'Mill Street business owners asked the council for help with lost sales during the closure. Bakery owner Tomasz Wren said his weekday customers had fallen by a third.',
    'Council members voted 6-1 for the contract. The lone vote against came from a member who wanted the city to seek bids from more firms before committing the money.',
  ].join('\n\n'),
};

/** Another incident of the same kind: a bridge closed for cracks in another town, other people and numbers. */
export const otherBridge: Text = {
  title: 'Dunmore shuts Kestrel Creek bridge after engineers find corroded beams',
  text: [
    'DUNMORE — The Kestrel Creek bridge on County Road 14 was closed to traffic on Friday after engineers found badly corroded support beams during an inspection, Dunmore highway superintendent Paul Kessler said.',
    'About 3,200 vehicles a day use the two-lane bridge, which links the village with the interstate. Drivers are being sent on a 4-mile detour along Quarry Lane.',
    '"The beams have lost too much steel to carry heavy trucks safely," Kessler said. He said the county would seek state aid for a replacement that could cost $850,000.',
    'The bridge opened in 1961 and was last repainted in 2004. Farmers who haul grain across it said the detour would add hours to their week during the harvest.',
    'The Dunmore fire department said it would station an engine on the far side of the creek until the bridge reopens, to keep response times down.',
  ].join('\n\n'),
};

/** A killing in Fenwick, the first report: the victim named, the street, no arrest yet. */
export const killingFirst: Text = {
  title: 'Fenwick man killed in Larkspur Avenue shooting identified as Oren Castellano',
  text: [
    'FENWICK — A man found shot outside a duplex on Larkspur Avenue late Saturday has been identified as Oren Castellano, 34, Fenwick police said Sunday.',
    'Officers answering reports of gunfire near the corner of Larkspur Avenue and Tolliver Street found Castellano on the front steps. He died at Mercy General Hospital a short time later.',
    'Detectives have not named a suspect. Neighbors told police they heard an argument and then four or five shots before a gray sedan drove off toward the highway.',
    'Castellano worked as a mechanic at a tire shop on the east side, a cousin said. Police asked anyone with doorbell camera video from the block to call the department.',
  ].join('\n\n'),
};

/** The same killing, twelve days later: an arrest, told with new words around the victim's name and the street. */
export const killingArrest: Text = {
  title: 'Suspect arrested in death of Oren Castellano',
  text: [
    'FENWICK — Police on Thursday arrested a 27-year-old man in the death of Oren Castellano, who was shot outside a Larkspur Avenue duplex earlier this month.',
    'Jarrell Vickery was taken into custody at an apartment in a neighboring county and is being held without bail on a murder charge, according to jail records.',
    'Investigators said doorbell camera footage from the block showed a gray sedan registered to a relative of Vickery. Prosecutors expect to present the case to a grand jury next month.',
    'Castellano’s family thanked the detectives in a statement and said a vigil would be held on Larkspur Avenue on Sunday evening.',
  ].join('\n\n'),
};

/** Another shooting in Fenwick twelve days after the first: the same kind and town, other people and streets. */
export const otherShooting: Text = {
  title: 'Fenwick woman wounded in Birchfield Road shooting',
  text: [
    'FENWICK — A woman was wounded by gunfire on Birchfield Road early Wednesday, Fenwick police said, the second shooting in the city this month.',
    'Lucia Montrose, 41, was struck in the leg while sitting in a parked car outside a laundromat. She was taken to Mercy General Hospital and is expected to recover.',
    'Detectives have not named a suspect. A witness told police a man on a bicycle fired several shots toward the car and rode off through an alley behind the building.',
    'Police asked anyone with security camera video from the area to call the department. The laundromat’s owner said the block had been quiet for years.',
  ].join('\n\n'),
};
