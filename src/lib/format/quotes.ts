/**
 * A title quoted inside a sentence that already puts it in double quotes: its own double quotes become single ones,
 * as Chinese (GB/T 15834) and English usage both nest them.
 * @example innerQuotes('蒋敏荣获第七届“中国十大女杰”') // "蒋敏荣获第七届‘中国十大女杰’"
 */
export function innerQuotes(text: string): string {
	return text
		.replace(/“/g, '‘')
		.replace(/”/g, '’')
		.replace(/"([^"]*)"/g, '‘$1’');
}
