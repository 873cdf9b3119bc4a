/**
 * Renders a note's Markdown as Preact elements built from {@link parseMarkdown}'s tree. Every piece of the
 * note becomes a text node; links get only http(s) hrefs. No HTML string is ever produced or injected.
 */
import type { ComponentChildren } from 'preact';
import { parseMarkdown, type Block, type Inline } from './markdown-parse';

function renderInline(nodes: Inline[]): ComponentChildren[] {
  return nodes.map((n, i) => {
    switch (n.type) {
      case 'text':
        return n.text;
      case 'br':
        return <br key={i} />;
      case 'code':
        return <code key={i}>{n.text}</code>;
      case 'em':
        return <em key={i}>{renderInline(n.children)}</em>;
      case 'strong':
        return <strong key={i}>{renderInline(n.children)}</strong>;
      case 'link':
        return (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer nofollow">
            {renderInline(n.children)}
          </a>
        );
    }
  });
}

function renderBlocks(blocks: Block[]): ComponentChildren[] {
  return blocks.map((b, i) => {
    switch (b.type) {
      case 'paragraph':
        return <p key={i}>{renderInline(b.children)}</p>;
      case 'heading':
        return (
          <p key={i}>
            <strong>{renderInline(b.children)}</strong>
          </p>
        );
      case 'codeblock':
        return (
          <pre key={i}>
            <code>{b.text}</code>
          </pre>
        );
      case 'quote':
        return <blockquote key={i}>{renderBlocks(b.blocks)}</blockquote>;
      case 'list': {
        const items = b.items.map((item, k) => <li key={k}>{renderInline(item)}</li>);
        return b.ordered ? (
          <ol key={i} start={b.start}>
            {items}
          </ol>
        ) : (
          <ul key={i}>{items}</ul>
        );
      }
    }
  });
}

/** A note body rendered from Markdown, isolated for bidirectional text (`dir="auto"`). */
export function Markdown({ source, class: className }: { source: string; class?: string }) {
  return (
    <div class={className ?? 'bs-md'} dir="auto">
      {renderBlocks(parseMarkdown(source))}
    </div>
  );
}
