// A labelled rail ("See also:", "Related:") is removed with its container when the container is the rail's.
// A small container can also be the story's own: its last paragraphs, then the label and the list of links
// after them. There the story's prose before the label stays, and the section is the label and what follows
// it inside the container (at every level between the label and the container).

/** What goes with a label whose container is `box`: the box, or (story prose before the label) the label and what follows. */
export function labelledTail(label: Element, box: Element, storyBefore: boolean): Element[] {
  if (!storyBefore || label === box || !box.contains(label)) return [box];
  const out: Element[] = [label];
  for (let n: Element | null = label; n && n !== box; n = n.parentElement)
    for (let s = n.nextElementSibling; s; s = s.nextElementSibling) out.push(s);
  return out;
}
