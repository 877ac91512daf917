// A page's host as the words a site's name is made of ("news.valleycourier.co.uk" -> news, valleycourier, co):
// the title and the publisher's boxes both tell the site's own name by them.

/** The labels of `url`'s host, lower case, the last one (the top-level domain) left out; [] for a bad URL. */
export function hostLabels(url: string): string[] {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return [];
  }
  return host.split('.').slice(0, -1);
}
