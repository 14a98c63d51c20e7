import { TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './dom.js'

/**
 * Class/id words of page furniture that sits inside or beside article bodies: ads, related-content and
 * "read also" boxes, share bars, newsletter sign-ups, hover cards (see HOVER_CARD).
 */
const FURNITURE_TOKENS: ReadonlySet<string> = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'ad-slot', 'adunit', 'dfp', 'sponsored', 'promo', 'promoted',
  'outbrain', 'taboola', 'related', 'relatedlinks', 'relatedposts', 'readmore', 'read-more', 'readalso', 'read-also', 'seealso', 'see-also', 'recommended',
  'recirculation', 'more-stories', 'newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'share', 'sharing', 'social', 'sharebar',
  'popup', 'modal', 'cookie', 'cookies', 'consent', 'gdpr', 'breadcrumb', 'breadcrumbs', 'comments',
  'comment-list', 'disqus', 'author-bio', 'authorbio', 'about-author', 'sidebar', 'skip-link', 'skiplink', 'visually-hidden', 'sr-only',
  'screen-reader-text', 'hidden', 'hide', 'inline-related', 'trending', 'most-popular', 'mostpopular', 'tags', 'tag-list', 'taglist',
])
/**
 * Hover cards sit inside the sentence, next to the name they describe: `<span class="rollover-people"><a>Ann
 * Park</a><span class="rollover-people-block">…headlines…</span></span>`. Only the card goes, not the name.
 */
const HOVER_CARD = /(rollover|hover|tooltip|popover)\S*[-_](block|card|box|content|body|panel|text)(?=\s|$)|(?:^|\s)tooltiptext(?=\s|$)/
/**
 * One regex for all furniture words, each bounded by the start or end of a class name, a space, "-" or "_"
 * ("article-related_box" matches "related"). Testing the raw class and id string this way, instead of
 * splitting every element's classes into words, keeps pruning cheap on pages with tens of thousands of elements.
 */
const FURNITURE_WORDS = new RegExp(`(?:^|[\\s_-])(?:${[...FURNITURE_TOKENS].map((word) => word.replace(/[-]/g, '\\-')).join('|')})(?=$|[\\s_-])`)
const FURNITURE_TAGS = new Set(['nav', 'aside', 'form', 'button', 'iframe', 'select', 'dialog'])
/** Elements that always hold the article when present: never prune them even if a class word matches ("article ad-free"). */
const PROTECTED = new Set(['html', 'body', 'main', 'article'])
/** "Read also"-style box openers, in the languages our outlets publish in. */
const READ_ALSO = /^\s*(read (also|more|next)|see (also|more)|also read|related( content| stories| articles)?|more on this|more:|you (may|might) (also )?like|recommended|don'?t miss|читайте (также|також)|також читайте|читати також|czytaj (też|także|również)|zobacz (też|także|również)|przeczytaj (też|także))\b/i

/** Class/id words marking a caption or photo credit ("wp-caption-text", "image-credit", cnbc's "InlineImage-imageEmbedCaption"). */
const CAPTION_WORD = /caption|credit/

/**
 * Removes furniture from a parsed page in place, before the body is chosen: hidden elements, elements
 * whose class or id names furniture, and short boxes that open with "Read also". An element holding a
 * lot of paragraph text (an article body with an unlucky class name) is kept. Captions (<figcaption>,
 * caption- or credit-classed elements) are removed too and returned, in page order: Readability turns
 * their <div>s into <p>s and drops the classes, so they must go before it runs.
 */
export function prunePage(document: DomDocument): string[] {
  const root = document.body ?? document.documentElement
  if (!root) return []
  const all = root.querySelectorAll('*')
  const doomed: DomElement[] = []
  const captions: DomElement[] = []
  for (let i = 0; i < all.length; i++) {
    const element = all[i]
    if (!element) continue
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase().trim()
    if (isFurniture(element, names)) doomed.push(element)
    else if (element.localName === 'figcaption' || CAPTION_WORD.test(names)) captions.push(element)
    else if (opensWithReadAlso(element)) {
      const box = readAlsoBox(element)
      if (box) doomed.push(box)
    }
  }
  for (const element of doomed) if (element.parentNode && !holdsArticle(element)) element.remove()
  // Captions of teaser images in sidebars and footers are not this article's: when the page marks its main
  // content, only captions inside it are kept (all are still removed)
  const scope = mainContent(root)
  const texts: string[] = []
  for (const element of captions) {
    if (!isAttached(element, root) || holdsArticle(element)) continue
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (text && texts.at(-1) !== text && (!scope || isAttached(element, scope))) texts.push(text)
    element.remove()
  }
  return texts
}

/**
 * The page's own mark of its main content, wide enough to hold the lead image above the body: the <article>
 * or <main> around the articleBody or the <h1>, else <main>.
 */
function mainContent(root: DomElement): DomElement | null {
  const anchor = root.querySelector('[itemprop="articleBody"]') ?? root.querySelector('h1')
  return anchor?.closest('article, main, [role="main"]') ?? root.querySelector('main, [role="main"]')
}

function isAttached(element: DomElement, root: DomElement): boolean {
  for (let node = element.parentNode; node; node = node.parentNode) if (node === root) return true
  return false
}

function isFurniture(element: DomElement, names: string): boolean {
  const tag = element.localName
  if (PROTECTED.has(tag)) return false
  if (FURNITURE_TAGS.has(tag)) return true
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true
  const style = element.getAttribute('style')
  if (style && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true
  return names !== '' && (FURNITURE_WORDS.test(names) || HOVER_CARD.test(names))
}

/** True when the element's own first text says "Read also:", "Related:", "Читайте також:" … */
function opensWithReadAlso(element: DomElement): boolean {
  let node = element.firstChild
  // skip the whitespace between tags: "<p>\n  <strong>Read also"
  while (node && node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() === '') node = node.nextSibling
  return node?.nodeType === TEXT_NODE && READ_ALSO.test(node.textContent ?? '')
}

/**
 * The box around a "Read also" label: the largest of the label and its ancestors (three levels up) whose
 * text stays under 300 characters. Read-also boxes are a label and a few links; 300 characters covers
 * three headlines, and a body paragraph that happens to start with "Recommended" is longer.
 */
function readAlsoBox(label: DomElement): DomElement | undefined {
  let box: DomElement | undefined
  let current: DomElement | null = label
  for (let level = 0; current && level < 4; level++, current = current.parentElement) {
    if (PROTECTED.has(current.localName) || boundedText(current, 300) === undefined) break
    box = current
  }
  return box
}

/**
 * The element's text when it is shorter than `maxChars`, else undefined. Stops early: calling textContent
 * on every wrapper <div> of a page costs time quadratic in its depth.
 */
function boundedText(element: DomElement, maxChars: number): string | undefined {
  let text = ''
  // 200 nodes: a read-also box is a heading and a handful of links; a larger subtree is something else
  let budget = 200
  const stack: DomNode[] = [element]
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node || --budget < 0) return undefined
    if (node.nodeType === TEXT_NODE) {
      text += node.textContent ?? ''
      if (text.length >= maxChars) return undefined
      continue
    }
    const children = node.childNodes
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]
      if (child) stack.push(child)
    }
  }
  return text
}

/** Paragraph text over 1500 characters (about 3 news paragraphs) means this element is, or wraps, the body. */
function holdsArticle(element: DomElement): boolean {
  if (element.querySelector('[itemprop="articleBody"]')) return true
  const paragraphs = element.querySelectorAll('p')
  let length = 0
  for (let i = 0; i < paragraphs.length && length <= 1500; i++) length += paragraphs[i]?.textContent?.length ?? 0
  return length > 1500
}
