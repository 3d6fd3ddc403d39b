/** Test helper: load made-up fixture HTML into the happy-dom document (parsed, then adopted). */
export function loadHtml(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes).map((n) => document.adoptNode(n)),
  );
}
