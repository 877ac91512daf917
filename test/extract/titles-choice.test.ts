// The title chosen from what a page declares and shows (src/extract/title.ts): each rule fires where it should
// and leaves its look-alike alone. Titles and pages are written for these tests.
import { describe, expect, it } from 'vitest';
import { chooseTitle, type TitleSources } from '../../src/extract/title.js';

const page = (over: Partial<TitleSources>): TitleSources => ({
  declared: [],
  documentTitle: null,
  headings: [],
  siteNames: [],
  url: 'https://www.harbourgazette.example/local/ferry-timetable',
  ...over,
});

describe('the shown headline agrees with a declared title', () => {
  it('takes the <h1> when og:title is the same headline with the site name on it', () => {
    const t = chooseTitle(
      page({
        declared: ['Ferry timetable changes from March - Harbour Gazette'],
        headings: ['Ferry timetable changes from March'],
        siteNames: ['Harbour Gazette'],
      }),
      null,
    );
    expect(t).toBe('Ferry timetable changes from March');
  });

  it('takes the <h1> when it shares most words with a reworded og:title', () => {
    const t = chooseTitle(
      page({
        declared: ['Council approves new ferry timetable'],
        headings: ['Council approves the new ferry timetable for spring'],
      }),
      null,
    );
    expect(t).toBe('Council approves the new ferry timetable for spring');
  });

  it('does not take an <h1> that is the site name (the logo)', () => {
    const t = chooseTitle(
      page({
        declared: ['Ferry timetable changes from March'],
        headings: ['Harbour Gazette', 'Ferry timetable changes from March'],
        siteNames: ['Harbour Gazette'],
      }),
      null,
    );
    expect(t).toBe('Ferry timetable changes from March');
  });

  it('does not take an <h1> that shares nothing with the declared title (a section name)', () => {
    const t = chooseTitle(page({ declared: ['Ferry timetable changes from March'], headings: ['Transport'] }), null);
    expect(t).toBe('Ferry timetable changes from March');
  });

  it('reads a <title> "Name: headline" beside og:title "headline" as naming the site, so an <h1> "Name" is the logo', () => {
    const t = chooseTitle(
      page({
        declared: ['Notes on rebuilding a dry stone wall'],
        documentTitle: 'Field Journal: Notes on rebuilding a dry stone wall',
        headings: ['Field Journal'],
      }),
      null,
    );
    expect(t).toBe('Notes on rebuilding a dry stone wall');
  });

  it('keeps the whole <title> "Name: headline" when no other title is declared (nothing says Name is the site)', () => {
    const t = chooseTitle(
      page({ documentTitle: 'Field Journal: Notes on rebuilding a dry stone wall', headings: ['Field Journal'] }),
      null,
    );
    expect(t).toBe('Field Journal: Notes on rebuilding a dry stone wall');
  });
});

describe('things glued to the shown headline', () => {
  it('drops a date written after the <h1> text when the declared title stops before it', () => {
    const t = chooseTitle(
      page({
        declared: ['Winter walking routes for beginners'],
        headings: ['Winter walking routes for beginners January 4, 2025'],
      }),
      null,
    );
    expect(t).toBe('Winter walking routes for beginners');
  });

  it('keeps words after the declared title that are not a date', () => {
    const t = chooseTitle(
      page({
        declared: ['Winter walking routes for beginners'],
        headings: ['Winter walking routes for beginners in the Lake District'],
      }),
      null,
    );
    expect(t).toBe('Winter walking routes for beginners in the Lake District');
  });

  it('drops a kicker in capitals or a section word before the headline', () => {
    const declared = ['Mayor resigns after budget vote'];
    expect(chooseTitle(page({ declared, headings: ['EXCLUSIVE Mayor resigns after budget vote'] }), null)).toBe(
      'Mayor resigns after budget vote',
    );
    expect(chooseTitle(page({ declared, headings: ['Opinion Mayor resigns after budget vote'] }), null)).toBe(
      'Mayor resigns after budget vote',
    );
  });

  it('keeps an ordinary first word before the declared title', () => {
    const t = chooseTitle(
      page({ declared: ['Mayor resigns after budget vote'], headings: ['Why Mayor resigns after budget vote'] }),
      null,
    );
    expect(t).toBe('Why Mayor resigns after budget vote');
  });
});

describe("the site's name and section labels at a title's ends", () => {
  it('drops the site name declared by og:site_name, at the end or the start', () => {
    const siteNames = ['Harbour Gazette'];
    expect(chooseTitle(page({ declared: ['Ferry fares rise | Harbour Gazette'], siteNames }), null)).toBe(
      'Ferry fares rise',
    );
    expect(chooseTitle(page({ declared: ['Harbour Gazette - Ferry fares rise'], siteNames }), null)).toBe(
      'Ferry fares rise',
    );
  });

  it('drops a last part named like the host, or a domain, with no site name declared', () => {
    expect(chooseTitle(page({ declared: ['Ferry fares rise | Harbourgazette'] }), null)).toBe('Ferry fares rise');
    expect(chooseTitle(page({ declared: ['Ferry fares rise - Ferrynews.co.uk'] }), null)).toBe('Ferry fares rise');
    expect(chooseTitle(page({ declared: ['Ferry fares rise | Harbourgazette Regional Newsroom Team'] }), null)).toBe(
      'Ferry fares rise',
    );
  });

  it('drops a section label ("| Opinion", "- World news") at the end', () => {
    expect(chooseTitle(page({ declared: ['Ferries need a rethink | Opinion'] }), null)).toBe('Ferries need a rethink');
    expect(
      chooseTitle(
        page({ declared: ['Ferry strike spreads - World news | Harbour Gazette'], siteNames: ['Harbour Gazette'] }),
        null,
      ),
    ).toBe('Ferry strike spreads');
  });

  it('keeps a last part that is neither the site nor a section label', () => {
    expect(chooseTitle(page({ declared: ['Ferry fares rise | What it means for commuters'] }), null)).toBe(
      'Ferry fares rise | What it means for commuters',
    );
  });

  it('keeps a headline that merely starts with the host name or mentions a domain', () => {
    const url = 'https://www.harbour.example/news/1';
    expect(chooseTitle(page({ url, declared: ['Harbour master retires after forty years - a profile'] }), null)).toBe(
      'Harbour master retires after forty years - a profile',
    );
    expect(chooseTitle(page({ declared: ['How Shop.com lost its lead - the inside story'] }), null)).toBe(
      'How Shop.com lost its lead - the inside story',
    );
  });

  it('never trims a title to nothing', () => {
    expect(chooseTitle(page({ declared: ['Harbour Gazette'], siteNames: ['Harbour Gazette'] }), null)).toBe(
      'Harbour Gazette',
    );
  });
});

describe('which declared title', () => {
  it('passes over a description pasted into the headline field', () => {
    const description =
      'Our reporter spent a week on the night ferries, talking to crews, passengers and the people who keep the ' +
      'terminals running, to find out what the new timetable will change for them.';
    const t = chooseTitle(page({ declared: [description, 'A week on the night ferries'] }), null);
    expect(t).toBe('A week on the night ferries');
  });

  it('keeps a long headline when it is the only one', () => {
    const long =
      'Night ferries, early buses and the commuters in between: what a week on the harbour routes taught us about ' +
      'the timetable the council wants to change next spring';
    expect(chooseTitle(page({ declared: [long] }), null)).toBe(long);
  });

  it("falls back to the only <h1>, then Readability's title", () => {
    expect(chooseTitle(page({ headings: ['Ferry fares rise'] }), 'Something else')).toBe('Ferry fares rise');
    expect(chooseTitle(page({ headings: ['One', 'Two'] }), 'Ferry fares rise | Opinion')).toBe('Ferry fares rise');
  });
});
