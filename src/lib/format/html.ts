/** Text made safe to put inside HTML, in an element or a double-quoted attribute. */
export const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
