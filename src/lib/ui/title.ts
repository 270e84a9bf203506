/** The document title: "page — exhibition", or the exhibition's title alone on its home page. */
export const documentTitle = (title: string, site: string) => (title === site ? site : `${title} — ${site}`);
