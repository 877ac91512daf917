// The reason given when a page holds no article, in a module of its own: the extraction server's main thread
// and the pool name it without loading the cleaner (jsdom and its rules take a second or more to load).
export const NO_ARTICLE = 'no article found';
