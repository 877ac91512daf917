// After Readability: remove the blocks inside the chosen content that are not part of the story.
export interface ArticleContext {
  title: string;
  byline: string | null;
}

export function pruneArticle(_root: Element, _ctx: ArticleContext): void {
  // filled in below
}
