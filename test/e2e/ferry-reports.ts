// Invented reports (written for this test; no outlet's copy) for the hindsight splits in the pipeline: two ferry
// groundings six years apart, told with the words every grounding shares, each with its own ship, place, captain,
// town, count and year; and a third grounding told six times, from the rescue to the inquiry, always with its own
// names and year (the look-alike that must stay one story).
export interface Report {
  id: string;
  title: string;
  paragraphs: string[];
}

const r = (id: string, title: string, ...paragraphs: string[]): Report => ({ id, title, paragraphs });

/** The Calloway Belle on Orrin Head, 2019. */
export const BELLE: Report[] = [
  r(
    'belle-1',
    'Ferry Calloway Belle aground on Orrin Head with 164 passengers',
    'The ferry Calloway Belle ran aground on Orrin Head late on Friday with 164 passengers aboard, the coast guard said.',
    'Captain Maud Fenwick called for help after the hull struck the rocks at the mouth of Linnet Sound. Lifeboats from Tessport took the passengers to the harbour before dawn.',
    'It was the worst grounding on the Tessport crossing since the route opened, officials said in November 2019.',
  ),
  r(
    'belle-2',
    'All 164 rescued from the Calloway Belle off Tessport',
    'Every one of the 164 passengers of the Calloway Belle was brought ashore in Tessport after the ferry grounded on Orrin Head, the coast guard confirmed.',
    'Captain Maud Fenwick told the harbour master that the ship lost power in Linnet Sound and drifted onto the rocks. Tugs were sent to hold the hull in place.',
    'The operator said the ferry had passed its last inspection in the spring of 2019.',
  ),
  r(
    'belle-3',
    'Divers inspect the hull of the Calloway Belle at Orrin Head',
    'Divers examined the hull of the grounded Calloway Belle on Orrin Head on Sunday and found two breaches below the waterline.',
    'The coast guard in Tessport said fuel had been pumped out and that Captain Maud Fenwick and her crew were helping the inspectors. The 164 passengers have gone home.',
    'Salvage crews hope to float the ferry off the rocks before the storms of December 2019.',
  ),
  r(
    'belle-4',
    'Tugs pull the Calloway Belle off Orrin Head',
    'Three tugs pulled the Calloway Belle off Orrin Head at high tide and towed the ferry into Tessport harbour, the coast guard said.',
    'Captain Maud Fenwick was on the bridge as the ship left the rocks of Linnet Sound, a week after the grounding that stranded 164 passengers.',
    'Repairs at the Tessport yard are expected to last into 2020, the operator said, after a hard November 2019.',
  ),
  r(
    'belle-5',
    'Inquiry into Calloway Belle grounding looks at lost power',
    'Investigators opened an inquiry into why the Calloway Belle lost power in Linnet Sound before it ran aground on Orrin Head.',
    'Captain Maud Fenwick will give evidence in Tessport, where the 164 passengers were landed by lifeboats that night.',
    'The coast guard said the report on the 2019 grounding would be published next year.',
  ),
];

/** The Ardent Lark on Kestle Shoal, 2025: another grounding of the same kind, nothing of the first named. */
export const LARK: Report[] = [
  r(
    'lark-1',
    'Ferry Ardent Lark runs aground on Kestle Shoal, 37 rescued',
    'The ferry Ardent Lark ran aground on Kestle Shoal in a gale on Tuesday, and the coast guard rescued its 37 passengers.',
    'Captain Idris Pallant reported water in the hull after the ship struck the shoal off Brackwater. Lifeboats brought the passengers to the harbour.',
    'Brackwater officials said it was the first grounding on the shoal in March 2025.',
  ),
  r(
    'lark-2',
    'Ardent Lark captain says gale drove ferry onto Kestle Shoal',
    'Captain Idris Pallant said the gale pushed the Ardent Lark onto Kestle Shoal despite both engines running at full power.',
    'All 37 passengers were taken to Brackwater by the coast guard, and tugs stood by while the crew patched the hull.',
    'The ferry joined the Brackwater route in January 2025.',
  ),
  r(
    'lark-3',
    'Fuel leak feared as Ardent Lark sits on Kestle Shoal',
    'The coast guard laid booms around the Ardent Lark on Kestle Shoal after a thin sheen of fuel was seen near the hull.',
    'Brackwater harbour staff said the 37 passengers rescued on Tuesday were safe. Captain Idris Pallant and four crew stayed on board to run the pumps.',
    'The shoal was last surveyed by the harbour in autumn 2025, the officials added.',
  ),
  r(
    'lark-4',
    'Ardent Lark refloated from Kestle Shoal and towed to Brackwater',
    'Two tugs refloated the Ardent Lark from Kestle Shoal on the morning tide and towed the ferry to Brackwater, the coast guard said.',
    'Captain Idris Pallant brought the ship into the harbour under tow three days after the gale that stranded 37 passengers.',
    'The Brackwater yard will repair the hull over the summer of 2025.',
  ),
  r(
    'lark-5',
    'Brackwater opens inquiry into the Ardent Lark grounding',
    'Brackwater officials opened an inquiry into how the gale carried the Ardent Lark onto Kestle Shoal.',
    'Captain Idris Pallant and the coast guard crews who rescued the 37 passengers will be heard first.',
    'The inquiry must report before the winter sailings of 2025 begin.',
  ),
];

/** The Silver Wren on Mossy Ledge, 2023: one grounding, from the rescue to the inquiry, six reports. */
export const WREN: Report[] = [
  r(
    'wren-1',
    'Ferry Silver Wren aground on Mossy Ledge with 96 passengers',
    'The ferry Silver Wren ran aground on Mossy Ledge on Sunday evening with 96 passengers aboard, the coast guard said.',
    'Captain Tove Rasmark radioed Quillan after the hull struck the ledge in heavy rain. Lifeboats took the passengers to the harbour.',
    'It was the second grounding near Quillan in October 2023.',
  ),
  r(
    'wren-2',
    'Coast guard lands 96 from the Silver Wren at Quillan',
    'The coast guard landed all 96 passengers of the Silver Wren at Quillan after the ferry grounded on Mossy Ledge.',
    'Captain Tove Rasmark told officials the ship turned too early in the rain and the hull hit the ledge. Tugs were called from Quillan.',
    'The ferry has sailed the Quillan route since 2023.',
  ),
  r(
    'wren-3',
    'Silver Wren crew stay aboard on Mossy Ledge',
    'Captain Tove Rasmark and six crew stayed aboard the Silver Wren on Mossy Ledge to keep the pumps running, Quillan officials said.',
    'The 96 passengers rescued by the coast guard spent the night in a Quillan hotel. Divers found a crack in the hull.',
    'The operator expects the ship back in service before the end of 2023.',
  ),
  r(
    'wren-4',
    'Tugs free the Silver Wren from Mossy Ledge',
    'Tugs freed the Silver Wren from Mossy Ledge at high water and towed the ferry to Quillan harbour.',
    'Captain Tove Rasmark watched from the bridge as the hull came off the ledge, four days after 96 passengers were rescued by the coast guard.',
    'The Quillan yard has booked the repairs for November 2023.',
  ),
  r(
    'wren-5',
    'Quillan inquiry asks why the Silver Wren turned early',
    'An inquiry in Quillan will ask why the Silver Wren turned early in the rain before striking Mossy Ledge.',
    'Captain Tove Rasmark has been asked to give evidence, with the coast guard crews who took 96 passengers off the ferry.',
    'The inquiry is to report by December 2023.',
  ),
  r(
    'wren-6',
    'Silver Wren passengers describe the night on Mossy Ledge',
    'Passengers of the Silver Wren described lights going out as the ferry struck Mossy Ledge and the hull began to list.',
    'The 96 passengers praised Captain Tove Rasmark and the coast guard, whose lifeboats took them to Quillan in the rain.',
    'Several said they would sail the Quillan route again before the end of 2023.',
  ),
];

/** Two groundings interleaved as they would arrive if both were in the news at once. */
export const INTERLEAVED: Report[] = BELLE.flatMap((b, i) => [b, LARK[i]!]);
