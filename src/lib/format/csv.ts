/** CSV as spreadsheets read it (RFC 4180), shared by the open data export and the kiosk's usage counts. */

/** One CSV field, quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | undefined): string {
	const text = value === undefined ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole file: CRLF line ends, and a byte-order mark first so that Excel and WPS read UTF-8 (and so Chinese) correctly.
 */
export function csvText(rows: (string | number | undefined)[][]): string {
	return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
